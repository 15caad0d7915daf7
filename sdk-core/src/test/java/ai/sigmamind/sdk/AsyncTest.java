package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Async operations: values, typed failures, and cancellation that reaches the HTTP call. */
class AsyncTest {
  private final MockWebServer server = new MockWebServer();
  private final CompletableFuture<Call> canceledCall = new CompletableFuture<>();
  private final CompletableFuture<IOException> callFailure = new CompletableFuture<>();
  private final OkHttpClient observed = new OkHttpClient.Builder()
      .eventListener(new EventListener() {
        @Override
        public void canceled(Call call) {
          canceledCall.complete(call);
        }

        @Override
        public void callFailed(Call call, IOException e) {
          callFailure.complete(e);
        }
      })
      .build();
  private SigmaMindClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = Fixtures.clientFor(server, new FakeTime()).okHttpClient(observed).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @Test
  void completesWithTheDecodedValue() throws Exception {
    server.enqueue(json(200, Fixtures.seedTestRun()));

    TestRun run = client.agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1").get(10, TimeUnit.SECONDS);

    assertThat(run.remarks()).startsWith("The Agent successfully");
  }

  @Test
  void failsWithTheTypedExceptionAsCause() {
    server.enqueue(json(404, Fixtures.ERROR_404));

    CompletableFuture<BatchRun> future = client.agent(AGENT_ID).batchRuns().getAsync("batch_missing");

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .hasMessage("404 Not Found on GET /v1/batch-runs/batch_missing: Test run not found");
  }

  @Test
  void ioFailuresAreTypedToo() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    CompletableFuture<?> future = client.withOptions(b -> b.maxRetries(0)).agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1");

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(SigmaMindIoException.class);
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<TestRun> future = client.agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1");
    Fixtures.take(server);
    assertThat(future).isNotDone();

    assertThat(future.cancel(true)).isTrue();

    Call call = canceledCall.get(10, TimeUnit.SECONDS);
    assertThat(call.isCanceled()).isTrue();
    assertThat(call.request().url().encodedPath()).isEqualTo("/v1/test-runs/job_1");
    // The call has ended (and so could have retried): it did not, a cancelled call is never retried.
    assertThat(callFailure.get(10, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingAMappedFutureCancelsTheHttpCall() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<Page<BatchRun>> future = client.agent(AGENT_ID).batchRuns().listAsync(PageRequest.of(0, 10));
    Fixtures.take(server);

    future.cancel(true);

    assertThat(canceledCall.get(10, TimeUnit.SECONDS).isCanceled()).isTrue();
  }

  @Test
  void cancellingAWaitCancelsThePollInFlight() throws Exception {
    server.enqueue(json(200, Fixtures.batchRun("batch_1", 0, 0, 4)));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<BatchRun> waiting = client.agent(AGENT_ID).batchRuns().waitForCompletionAsync("batch_1");
    Fixtures.take(server);
    Fixtures.take(server);

    waiting.cancel(true);

    assertThat(canceledCall.get(10, TimeUnit.SECONDS).isCanceled()).isTrue();
  }

  @Test
  void aClosedClientRefusesCalls() {
    client.close();

    assertThatThrownBy(() -> client.agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SigmaMindClient is closed");
    assertThat(server.getRequestCount()).isZero();
  }
}
