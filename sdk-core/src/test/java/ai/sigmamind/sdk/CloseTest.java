package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.TestRun;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** {@code close()} ends the calls waiting to retry and releases the threads and connections it owns. */
class CloseTest extends MockServerTest {
  private final List<RequestListener.End> ends = new CopyOnWriteArrayList<>();

  private SigmaMindClient listened() {
    return Fixtures.clientFor(server, time).addListener(new RequestListener() {
      @Override
      public void onEnd(ApiOperation operation, End end) {
        ends.add(end);
      }
    }).build();
  }

  @Test
  void closeDuringABlockingRetryWaitEndsTheCallAsCancelled() throws Exception {
    server.enqueue(json(503, "{}"));
    time.hold();
    SigmaMindClient closing = listened();
    CompletableFuture<TestRun> call = CompletableFuture.supplyAsync(
        () -> closing.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"));
    assertThat(time.awaitHeldWaits(1)).isTrue();

    closing.close();

    assertThat(failureOf(call)).isInstanceOf(SigmaMindCancelledException.class)
        .hasMessageContaining("closed while waiting to retry GET /v1/test-runs/job_1");
    assertThat(ends).singleElement().satisfies(end -> {
      assertThat(end.attempts()).isEqualTo(1);
      assertThat(end.failure()).isInstanceOf(SigmaMindCancelledException.class);
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void closeDuringAnAsyncRetryWaitEndsTheCallAsCancelled() throws Exception {
    server.enqueue(json(503, "{}"));
    time.hold();
    SigmaMindClient closing = listened();
    CompletableFuture<TestRun> call = closing.agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1");
    assertThat(time.awaitHeldWaits(1)).isTrue();

    closing.close();

    assertThat(failureOf(call)).isInstanceOf(SigmaMindCancelledException.class)
        .hasMessageContaining("closed while waiting to retry GET /v1/test-runs/job_1");
    assertThat(ends).singleElement().satisfies(end -> assertThat(end.failure()).isInstanceOf(SigmaMindCancelledException.class));
  }

  @Test
  void closeStopsTheOwnedDispatcherThreadsAndConnections() throws Exception {
    server.enqueue(json(200, Fixtures.seedTestRun()));
    server.enqueue(json(200, Fixtures.seedTestRun()));
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    SigmaMindClient owning = Fixtures.clientFor(server, time).build();
    owning.agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1").get(10, TimeUnit.SECONDS);
    owning.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
    OkHttpClient transport = owning.context().transport;
    assertThat(transport.connectionPool().connectionCount()).isPositive();
    List<Thread> okHttpThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.getName().startsWith("OkHttp") && !thread.isDaemon())
        .toList();
    assertThat(okHttpThreads).as("the async call ran on a dispatcher thread").isNotEmpty();

    owning.close();

    assertThat(transport.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS))
        .as("the dispatcher's threads have ended").isTrue();
    for (Thread thread : okHttpThreads) {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertThat(okHttpThreads).noneMatch(Thread::isAlive);
    assertThat(transport.connectionPool().connectionCount()).isZero();
  }

  private static Throwable failureOf(CompletableFuture<?> call) throws InterruptedException {
    try {
      call.get(10, TimeUnit.SECONDS);
      throw new AssertionError("the call ended normally");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the call did not end within 10 s of close()", e);
    }
  }
}
