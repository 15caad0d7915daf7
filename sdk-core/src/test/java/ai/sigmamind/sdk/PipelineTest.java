package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.internal.api.TestRunsApi;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** The request pipeline: attempts, async waits, per-call options, raw responses and listeners. */
class PipelineTest extends MockServerTest {
  private TestRuns runs(SigmaMindClient using) {
    return using.agent(AGENT_ID).testRuns(BATCH_ID);
  }

  @Test
  void aUsersEventListenerSeesExactlyOneCallPerAttempt() {
    AtomicInteger created = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    OkHttpClient counting = new OkHttpClient.Builder().eventListenerFactory(call -> {
      created.incrementAndGet();
      return new EventListener() {
        @Override
        public void callStart(Call call) {
          started.incrementAndGet();
        }
      };
    }).build();
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    try (SigmaMindClient listened = Fixtures.clientFor(server, time).okHttpClient(counting).build()) {
      runs(listened).get("job_1");
      Fixtures.await(runs(listened).getAsync("job_2"));
    }

    assertThat(created).hasValue(3);
    assertThat(started).hasValue(3);
  }

  @Test
  void asyncRetryWaitsHoldNoDispatcherThread() throws Exception {
    // Six calls wait out a 60 s Retry-After; OkHttp runs at most 5 calls per host at a time.
    for (int i = 0; i < 6; i++) {
      server.enqueue(json(503, "{}").setHeader("Retry-After", "60"));
    }
    time.hold();
    List<CompletableFuture<TestRun>> waiting = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      waiting.add(runs(client).getAsync("job_" + i));
    }
    assertThat(time.awaitHeldWaits(6)).as("six calls waiting to retry").isTrue();
    server.enqueue(json(200, Fixtures.seedTestRun()));

    TestRun seventh = Fixtures.await(runs(client).getAsync("job_7"));

    assertThat(seventh.jobId()).isEqualTo("job_ksUu5yRHGTLLrLeM");
    assertThat(waiting).noneMatch(CompletableFuture::isDone);
    for (int i = 0; i < 6; i++) {
      server.enqueue(json(200, Fixtures.seedTestRun()));
    }
    time.release();
    waiting.forEach(Fixtures::await);
    assertThat(time.delays).hasSize(6).allMatch(Duration.ofSeconds(60)::equals);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void cancellingDuringARetryWaitStopsTheCallAndListenersSeeItEnd() throws Exception {
    // The end is told on whichever thread finishes the call: the test's, or OkHttp's when the
    // cancel lands before the wait is registered.
    CompletableFuture<RequestListener.End> ended = new CompletableFuture<>();
    SigmaMindClient listened = client.withOptions(b -> b.addListener(new RequestListener() {
      @Override
      public void onEnd(ApiOperation operation, End end) {
        ended.complete(end);
      }
    }));
    server.enqueue(json(503, "{}").setHeader("Retry-After", "60"));
    time.hold();
    CompletableFuture<TestRun> call = runs(listened).getAsync("job_1");
    assertThat(time.awaitHeldWaits(1)).isTrue();

    call.cancel(true);
    time.release();

    assertThat(call).isCancelled();
    RequestListener.End end = ended.get(10, TimeUnit.SECONDS);
    assertThat(end.attempts()).isEqualTo(1);
    assertThat(end.statusCode()).isEqualTo(503);
    assertThat(end.failure()).hasMessageStartingWith("Cancelled while waiting to retry GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void requestOptionsApplyToOneCallOnly() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));
    RequestOptions options = RequestOptions.builder()
        .header("X-Trace-Id", "trace-1")
        .header("User-Agent", "custom/1")
        .queryParameter("debug", "yes & more")
        .maxRetries(0)
        .build();

    assertThatThrownBy(() -> runs(client).get("job_1", options)).isInstanceOf(InternalServerException.class);
    runs(client).get("job_1");

    RecordedRequest first = server.takeRequest();
    assertThat(first.getHeader("X-Trace-Id")).isEqualTo("trace-1");
    assertThat(first.getHeader("User-Agent")).isEqualTo("custom/1");
    assertThat(first.getHeader("X-API-Key")).isEqualTo(Fixtures.API_KEY);
    assertThat(first.getRequestUrl().queryParameter("debug")).isEqualTo("yes & more");
    assertThat(first.getRequestUrl().queryParameter("batchId")).isEqualTo(BATCH_ID);
    RecordedRequest second = server.takeRequest();
    assertThat(second.getHeader("X-Trace-Id")).isNull();
    assertThat(second.getHeader("User-Agent")).startsWith("sigmamind-java/");
    assertThat(second.getRequestUrl().queryParameter("debug")).isNull();
  }

  @Test
  void nullOptionsAreRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> runs(client).get("job_1", null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void perCallTimeoutsBoundTheAttempt() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    RequestOptions impatient = RequestOptions.builder().attemptTimeout(Duration.ofMillis(100)).maxRetries(0).build();

    assertThatThrownBy(() -> runs(client).get("job_1", impatient)).isInstanceOf(SigmaMindTimeoutException.class);
  }

  @Test
  void requestOptionsReportEveryProblemAtOnce() {
    assertThatThrownBy(() -> RequestOptions.builder()
        .header("X-API-Key", "other")
        .header("Bad Name", "v")
        .header("X-Ok", "line\nbreak-secret")
        .overallTimeout(Duration.ZERO)
        .maxRetries(-1)
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("X-API-Key cannot be set per call")
        .hasMessageContaining("'Bad Name' is not a valid")
        .hasMessageContaining("value of header 'X-Ok'")
        .hasMessageContaining("overallTimeout must be positive")
        .hasMessageContaining("maxRetries must be >= 0")
        .hasMessageNotContaining("break-secret");
  }

  @Test
  void rawResponsesCarryStatusHeadersRequestIdAndAttempts() {
    server.enqueue(json(500, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()).setHeader("X-Request-Id", "req_42").setHeader("X-Extra", "a"));
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiResponse<TestRun> response = runs(client).withRawResponse().get("job_1");
    ApiResponse<Void> deleted = client.agent(AGENT_ID).testCases().withRawResponse().delete("tc_1", RequestOptions.none());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(response.requestId()).contains("req_42");
    assertThat(response.header("x-extra")).contains("a");
    assertThat(response.headers()).containsKey("x-request-id");
    assertThat(response.value().jobId()).isEqualTo("job_ksUu5yRHGTLLrLeM");
    assertThat(response).hasToString("ApiResponse{statusCode=200, attempts=2}");
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.value()).isNull();
  }

  @Test
  void listenersSeeStartEachAttemptAndEndWithoutIdsOrKey() {
    List<String> events = new CopyOnWriteArrayList<>();
    RequestListener listener = new RequestListener() {
      @Override
      public void onStart(ApiOperation operation) {
        events.add("start " + operation.operationId() + " " + operation.method() + " " + operation.pathTemplate());
      }

      @Override
      public void onAttempt(ApiOperation operation, Attempt attempt) {
        events.add("attempt " + attempt.number() + " " + attempt.statusCode() + " wait=" + attempt.retryWait()
            + " failed=" + (attempt.failure() != null));
      }

      @Override
      public void onEnd(ApiOperation operation, End end) {
        events.add("end " + end.attempts() + " " + end.statusCode() + " failed=" + (end.failure() != null));
        throw new IllegalStateException("a broken listener changes nothing");
      }
    };
    server.enqueue(json(503, "{}").setHeader("Retry-After", "2"));
    server.enqueue(json(200, Fixtures.seedTestRun()));
    server.enqueue(json(404, Fixtures.ERROR_404));

    try (SigmaMindClient listened = Fixtures.clientFor(server, time).addListener(listener).build()) {
      runs(listened).get("job_1");
      assertThatThrownBy(() -> Fixtures.await(runs(listened).getAsync("job_2"))).isInstanceOf(NotFoundException.class);
    }

    assertThat(events).containsExactly(
        "start getTestRun GET /v1/test-runs/{jobId}",
        "attempt 1 503 wait=PT2S failed=true",
        "attempt 2 200 wait=null failed=false",
        "end 2 200 failed=false",
        "start getTestRun GET /v1/test-runs/{jobId}",
        "attempt 1 404 wait=null failed=true",
        "end 1 404 failed=true");
    assertThat(String.join("\n", events)).doesNotContain(Fixtures.API_KEY, "job_1", BATCH_ID);
  }

  @Test
  void forCallGivesEachCallItsOwnListenerAndTheServerItGoesTo() {
    List<String> events = new CopyOnWriteArrayList<>();
    RequestListener perCall = new RequestListener() {
      private final AtomicInteger calls = new AtomicInteger();

      @Override
      public RequestListener forCall(ApiOperation operation, Server server) {
        String tag = "call" + calls.incrementAndGet() + "@" + server.address() + ":" + server.port();
        return new RequestListener() {
          @Override
          public void onStart(ApiOperation operation) {
            events.add(tag + " start");
          }

          @Override
          public void onAttempt(ApiOperation operation, Attempt attempt) {
            events.add(tag + " attempt " + attempt.statusCode());
          }

          @Override
          public void onEnd(ApiOperation operation, End end) {
            events.add(tag + " end " + end.statusCode());
          }
        };
      }
    };
    RequestListener brokenFactory = new RequestListener() {
      @Override
      public RequestListener forCall(ApiOperation operation, Server server) {
        throw new IllegalStateException("a broken forCall changes nothing");
      }

      @Override
      public void onEnd(ApiOperation operation, End end) {
        events.add("shared end " + end.statusCode());
      }
    };
    server.enqueue(json(200, Fixtures.seedTestRun()));
    server.enqueue(json(404, Fixtures.ERROR_404));
    try (SigmaMindClient listened = Fixtures.clientFor(server, time)
        .addListener(perCall).addListener(brokenFactory).build()) {
      runs(listened).get("job_1");
      assertThatThrownBy(() -> Fixtures.await(runs(listened).getAsync("job_2"))).isInstanceOf(NotFoundException.class);
    }

    String where = "@" + server.getHostName() + ":" + server.getPort();
    assertThat(events).containsExactly(
        "call1" + where + " start", "call1" + where + " attempt 200", "call1" + where + " end 200", "shared end 200",
        "call2" + where + " start", "call2" + where + " attempt 404", "call2" + where + " end 404", "shared end 404");
  }

  @Test
  void derivedClientsShareTheTransportUnlessTheyChangeIt() {
    SigmaMindClient fewerRetries = client.withOptions(b -> b.maxRetries(0).overallTimeout(Duration.ofSeconds(5)));
    SigmaMindClient logging = client.withOptions(b -> b.logLevel(LogLevel.BASIC));

    assertThat(fewerRetries.context().transport).isSameAs(client.context().transport);
    assertThat(fewerRetries.context().api(TestRunsApi.class)).isSameAs(client.context().api(TestRunsApi.class));
    assertThat(logging.context().transport).isNotSameAs(client.context().transport);
    assertThat(logging.context().api(TestRunsApi.class)).isSameAs(client.context().api(TestRunsApi.class));
  }

  @Test
  void whatRetrofitThrowsWhileBuildingARequestBecomesASigmaMindException() {
    retrofit2.Call<?> broken = (retrofit2.Call<?>) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {retrofit2.Call.class}, (proxy, method, args) -> {
          throw new RuntimeException("Unable to create request.", new IOException("converter failed"));
        });

    assertThatThrownBy(() -> RequestExecutor.describe(broken))
        .isInstanceOf(SigmaMindException.class)
        .hasMessageContaining("Could not build the request")
        .hasRootCauseMessage("converter failed");
  }
}
