package ai.sigmamind.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.NotFoundException;
import ai.sigmamind.sdk.ResponseDecodingException;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.SigmaMindException;
import ai.sigmamind.sdk.SigmaMindIoException;
import ai.sigmamind.sdk.TestRuns;
import ai.sigmamind.sdk.models.TestRun;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the listener emits for real calls against a loopback server, read from in-memory exporters. */
class SigmaMindTelemetryTest {
  /** Distinctive, so any leak is found by a plain substring search. */
  private static final String API_KEY = "sk-test-Otel7Qm2Zr9-do-not-leak";
  private static final String AGENT_ID = "agent_Vq3LmZk81";
  private static final String BATCH_ID = "batch_Pw5TnXc20";
  private static final String JOB_ID = "job_Hs8KdRb47";
  private static final String TEMPLATE = "/v1/test-runs/{jobId}";
  private static final String ATTEMPT_NAME = "GET " + TEMPLATE;
  /**
   * Retry at once, so the test never waits for backoff. With 429, not 503: OkHttp itself repeats
   * a 503 that says "Retry-After: 0", inside one attempt.
   */
  private static final String RETRY_NOW = "0";
  private static final int TOO_MANY_REQUESTS = 429;

  private final MockWebServer server = new MockWebServer();
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk openTelemetry;
  private Tracer testTracer;

  @BeforeEach
  void start() throws IOException {
    server.start();
    openTelemetry = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .build();
    testTracer = openTelemetry.getTracer("test");
  }

  @AfterEach
  void stop() throws IOException {
    openTelemetry.close();
    server.shutdown();
  }

  private SigmaMindClient client(UnaryOperator<SigmaMindClient.Builder> settings) {
    return settings.apply(SigmaMindClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/").toString())
        .addListener(SigmaMindTelemetry.listener(openTelemetry))).build();
  }

  private static TestRuns runs(SigmaMindClient client) {
    return client.agent(AGENT_ID).testRuns(BATCH_ID);
  }

  @Test
  void aRetriedCallIsOneSpanUnderTheCurrentContextWithAClientSpanPerAttempt() {
    server.enqueue(json(TOO_MANY_REQUESTS, "{}").setHeader("Retry-After", RETRY_NOW));
    server.enqueue(json(200, seedTestRun()));
    Span outer = testTracer.spanBuilder("outer").startSpan();
    try (SigmaMindClient client = client(b -> b)) {
      inside(outer, () -> runs(client).get(JOB_ID));
    } finally {
      outer.end();
    }

    SpanData call = only(named("getTestRun"));
    assertThat(call.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(call.getParentSpanId()).isEqualTo(outer.getSpanContext().getSpanId());
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(call.getAttributes().asMap()).containsExactlyEntriesOf(
        Attributes.of(stringKey("sigmamind.operation.id"), "getTestRun").asMap());

    List<SpanData> attempts = attemptsOf(call);
    assertThat(attempts).extracting(SpanData::getKind).containsOnly(SpanKind.CLIENT);
    assertThat(attempts.get(0).getAttributes().asMap()).isEqualTo(requestAttributes()
        .put("http.response.status_code", 429L).put("error.type", "429").build().asMap());
    assertThat(attempts.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempts.get(1).getAttributes().asMap()).isEqualTo(requestAttributes()
        .put("http.response.status_code", 200L).put("http.request.resend_count", 1L).build().asMap());
    assertThat(attempts.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(attempts.get(0).getEndEpochNanos()).isLessThanOrEqualTo(attempts.get(1).getStartEpochNanos());
    assertThat(call.getStartEpochNanos()).isLessThanOrEqualTo(attempts.get(0).getStartEpochNanos());
    assertThat(call.getEndEpochNanos()).isGreaterThanOrEqualTo(attempts.get(1).getEndEpochNanos());
  }

  @Test
  void eachAttemptRecordsItsDurationInSecondsWithTheConventionsBuckets() {
    server.enqueue(json(TOO_MANY_REQUESTS, "{}").setHeader("Retry-After", RETRY_NOW));
    server.enqueue(json(200, seedTestRun()));
    try (SigmaMindClient client = client(b -> b)) {
      runs(client).get(JOB_ID);
    }

    MetricData duration = only(metrics.collectAllMetrics());
    assertThat(duration.getName()).isEqualTo("http.client.request.duration");
    assertThat(duration.getUnit()).isEqualTo("s");
    assertThat(duration.getInstrumentationScopeInfo().getName()).isEqualTo("ai.sigmamind.opentelemetry");
    assertThat(duration.getInstrumentationScopeInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    Collection<HistogramPointData> points = duration.getHistogramData().getPoints();
    assertThat(points).extracting(HistogramPointData::getAttributes).containsExactlyInAnyOrder(
        requestAttributes().put("http.response.status_code", 429L).put("error.type", "429").build(),
        requestAttributes().put("http.response.status_code", 200L).build());
    assertThat(points).allSatisfy(point -> {
      assertThat(point.getCount()).isEqualTo(1);
      assertThat(point.getBoundaries()).containsExactly(
          0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);
      // A loopback attempt takes well under the 10 s the buckets reach; seconds, not millis.
      assertThat(point.getSum()).isPositive().isLessThan(10.0);
    });
  }

  @Test
  void aTypedFailureNamesItsClassOnTheCallAndItsStatusOnTheAttempt() {
    server.enqueue(json(404, "{\"error\":\"Not Found\",\"message\":\"Test run not found\",\"status\":404}"));
    try (SigmaMindClient client = client(b -> b)) {
      assertThatThrownBy(() -> runs(client).get(JOB_ID)).isInstanceOf(NotFoundException.class);
    }

    SpanData call = only(named("getTestRun"));
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getAttributes().get(stringKey("error.type"))).isEqualTo(NotFoundException.class.getName());
    SpanData attempt = only(attemptsOf(call));
    assertThat(attempt.getAttributes().get(stringKey("error.type"))).isEqualTo("404");
    assertThat(attempt.getAttributes().get(longKey("http.response.status_code"))).isEqualTo(404L);
  }

  @Test
  void anAttemptWithoutAResponseHasNoStatusAndItsExceptionClassAsErrorType() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    try (SigmaMindClient client = client(b -> b.maxRetries(0))) {
      assertThatThrownBy(() -> runs(client).get(JOB_ID)).isInstanceOf(SigmaMindIoException.class);
    }

    SpanData attempt = only(attemptsOf(only(named("getTestRun"))));
    assertThat(attempt.getAttributes().get(longKey("http.response.status_code"))).isNull();
    assertThat(attempt.getAttributes().get(stringKey("error.type"))).isEqualTo(SigmaMindIoException.class.getName());
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void aSuccessStatusWithAnUnreadableBodyIsStillAnError() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/html")
        .setBody("<html>maintenance</html>"));
    try (SigmaMindClient client = client(b -> b)) {
      assertThatThrownBy(() -> runs(client).get(JOB_ID)).isInstanceOf(ResponseDecodingException.class);
    }

    SpanData attempt = only(attemptsOf(only(named("getTestRun"))));
    assertThat(attempt.getAttributes().get(longKey("http.response.status_code"))).isEqualTo(200L);
    assertThat(attempt.getAttributes().get(stringKey("error.type")))
        .isEqualTo(ResponseDecodingException.class.getName());
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void concurrentAsyncCallsKeepTheirOwnSpansAndTheTraceTheyStartedIn() throws Exception {
    // The first call is answered only after the second one has been: their events interleave.
    CountDownLatch secondAnswered = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().contains("job_first")) {
          assertThat(secondAnswered.await(10, TimeUnit.SECONDS)).isTrue();
          return json(200, seedTestRun());
        }
        secondAnswered.countDown();
        return json(404, "{\"error\":\"Not Found\",\"status\":404}");
      }
    });
    Span first = testTracer.spanBuilder("first caller").startSpan();
    Span second = testTracer.spanBuilder("second caller").startSpan();
    CompletableFuture<TestRun> firstCall;
    CompletableFuture<TestRun> secondCall;
    try (SigmaMindClient client = client(b -> b)) {
      firstCall = inside(first, () -> runs(client).getAsync("job_first"));
      secondCall = inside(second, () -> runs(client).getAsync("job_second"));
      assertThat(firstCall.get(10, TimeUnit.SECONDS)).isNotNull();
      assertThatThrownBy(() -> secondCall.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
    } finally {
      first.end();
      second.end();
    }

    List<SpanData> calls = named("getTestRun");
    assertThat(calls).hasSize(2);
    SpanData firstSpan = childOf(calls, first);
    SpanData secondSpan = childOf(calls, second);
    assertThat(firstSpan.getTraceId()).isEqualTo(first.getSpanContext().getTraceId());
    assertThat(secondSpan.getTraceId()).isEqualTo(second.getSpanContext().getTraceId());
    assertThat(only(attemptsOf(firstSpan)).getAttributes().get(longKey("http.response.status_code"))).isEqualTo(200L);
    assertThat(only(attemptsOf(secondSpan)).getAttributes().get(longKey("http.response.status_code")))
        .isEqualTo(404L);
    assertThat(secondSpan.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(firstSpan.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void aKeyAndIdsTheServerEchoesEverywhereReachNoSpanOrMetric() {
    server.setDispatcher(new Dispatcher() {
      private int answered;

      @Override
      public MockResponse dispatch(RecordedRequest request) {
        StringBuilder echo = new StringBuilder(request.getRequestLine());
        request.getHeaders().forEach(header -> echo.append(' ').append(header.getSecond()));
        String everything = echo.toString();
        MockResponse response = answered++ == 0
            ? json(TOO_MANY_REQUESTS, "{\"error\":\"" + everything + "\"}").setHeader("Retry-After", RETRY_NOW)
            : json(400, "{\"error\":\"Bad Request\",\"message\":\"" + everything + "\",\"status\":400}");
        return response.setHeader("X-Echo", everything).setStatus("HTTP/1.1 " + (answered == 1 ? TOO_MANY_REQUESTS : 400) + " "
            + everything);
      }
    });
    try (SigmaMindClient client = client(b -> b)) {
      assertThatThrownBy(() -> runs(client).get(JOB_ID)).isInstanceOf(SigmaMindException.class);
    }

    List<SpanData> emitted = spans.getFinishedSpanItems();
    assertThat(emitted).hasSize(3);
    String everything = emitted + "\n" + metrics.collectAllMetrics();
    assertThat(everything).contains("getTestRun", "400", "429")
        .doesNotContain(API_KEY, JOB_ID, AGENT_ID, BATCH_ID);
  }

  @Test
  void theListenerNeedsAnOpenTelemetry() {
    assertThatThrownBy(() -> SigmaMindTelemetry.listener(null))
        .isInstanceOf(NullPointerException.class).hasMessage("openTelemetry");
  }

  /** What {@code action} returns, run with {@code span} current. */
  private static <T> T inside(Span span, Supplier<T> action) {
    Scope scope = span.makeCurrent();
    try {
      return action.get();
    } finally {
      scope.close();
    }
  }

  private AttributesBuilder requestAttributes() {
    return Attributes.builder()
        .put("http.request.method", "GET")
        .put("url.template", TEMPLATE)
        .put("server.address", server.getHostName())
        .put("server.port", (long) server.getPort())
        .put("sigmamind.operation.id", "getTestRun");
  }

  private List<SpanData> named(String name) {
    List<SpanData> found = new ArrayList<>();
    for (SpanData span : spans.getFinishedSpanItems()) {
      if (span.getName().equals(name)) {
        found.add(span);
      }
    }
    return found;
  }

  /** The call's attempt spans, first attempt first. */
  private List<SpanData> attemptsOf(SpanData call) {
    List<SpanData> attempts = new ArrayList<>();
    for (SpanData span : named(ATTEMPT_NAME)) {
      if (span.getParentSpanId().equals(call.getSpanId())) {
        attempts.add(span);
      }
    }
    attempts.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    return attempts;
  }

  private static SpanData childOf(List<SpanData> candidates, Span parent) {
    return only(candidates.stream()
        .filter(span -> span.getParentSpanId().equals(parent.getSpanContext().getSpanId()))
        .toList());
  }

  private static <T> T only(Collection<T> items) {
    assertThat(items).hasSize(1);
    return items.iterator().next();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  /** The seeded test run sdk-core's tests share (its test jar). */
  private static String seedTestRun() {
    try (InputStream in = SigmaMindTelemetryTest.class.getResourceAsStream("/seed-get-test-run.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
