package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.sigmamind.sdk.Fixtures.Mode;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Error statuses and unreadable bodies become the documented exceptions, with what the server said. */
class ErrorMappingTest {
  private final MockWebServer server = new MockWebServer();
  private SigmaMindClient client;
  private TestRuns runs;

  @BeforeEach
  void start() throws IOException {
    server.start();
    // No retries: each test sees the first answer.
    client = Fixtures.clientFor(server, new FakeTime()).maxRetries(0).build();
    runs = client.agent(AGENT_ID).testRuns(BATCH_ID);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  /** Unknown statuses take the reason from the body's "error" field. */
  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "400 Bad Request"),
        Arguments.of(401, AuthenticationException.class, "401 Unauthorized"),
        Arguments.of(403, PermissionDeniedException.class, "403 Forbidden"),
        Arguments.of(404, NotFoundException.class, "404 Not Found"),
        Arguments.of(409, ConflictException.class, "409 Conflict"),
        Arguments.of(422, UnprocessableEntityException.class, "422 Unprocessable Entity"),
        Arguments.of(429, RateLimitException.class, "429 Too Many Requests"),
        Arguments.of(500, InternalServerException.class, "500 Internal Server Error"),
        Arguments.of(502, InternalServerException.class, "502 Bad Gateway"),
        Arguments.of(503, InternalServerException.class, "503 Service Unavailable"),
        Arguments.of(504, InternalServerException.class, "504 Gateway Timeout"),
        Arguments.of(599, InternalServerException.class, "599 Some Error"),
        Arguments.of(405, UnexpectedStatusException.class, "405 Method Not Allowed"),
        Arguments.of(418, UnexpectedStatusException.class, "418 Some Error"));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsException(int status, Class<? extends SigmaMindApiException> type, String statusText) {
    server.enqueue(json(status, "{\"error\":\"Some Error\",\"message\":\"It went wrong\",\"path\":\"/v1/test-runs/job_x\","
        + "\"status\":" + status + ",\"timestamp\":\"2026-04-17T08:21:07.338Z\"}").setHeader("X-Request-Id", "req-" + status));

    SigmaMindApiException e = catchThrowableOfType(SigmaMindApiException.class, () -> runs.get("job_x"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.getMessage()).isEqualTo(statusText + " on GET /v1/test-runs/job_x: It went wrong (request id req-" + status + ")");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/v1/test-runs/job_x");
    assertThat(e.requestId()).contains("req-" + status);
    assertThat(e.headers()).containsKey("x-request-id");
    assertThat(e.apiError()).hasValueSatisfying(error -> {
      assertThat(error.message()).isEqualTo("It went wrong");
      assertThat(error.timestamp()).isEqualTo(OffsetDateTime.parse("2026-04-17T08:21:07.338Z"));
    });
  }

  @Test
  void documentedErrorBodyIsParsedAndExcerpted() {
    server.enqueue(json(404, Fixtures.ERROR_404));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> runs.get("job_x"));

    assertThat(e).hasMessage("404 Not Found on GET /v1/test-runs/job_x: Test run not found");
    assertThat(e.bodyExcerpt()).isEqualTo(Fixtures.ERROR_404);
    assertThat(e.apiError().orElseThrow().path()).isEqualTo("/v1/test-runs/job_x");
    assertThat(e.requestId()).isEmpty();
  }

  @Test
  void htmlErrorBodyStillGivesTheStatusExceptionWithABoundedExcerpt() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(2000) + "</body></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html));

    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> runs.get("job_x"));

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.apiError()).isEmpty();
    assertThat(e.bodyExcerpt()).hasSize(ResponseDetails.EXCERPT_LIMIT).isEqualTo(html.substring(0, 512));
    assertThat(e.getMessage()).startsWith("502 Bad Gateway on GET /v1/test-runs/job_x: <html><head><title>502 Bad Gateway")
        .hasSizeLessThan(300);
  }

  @Test
  void anErrorBodyIsReadOnlyAsFarAsItsLimit() {
    okio.Buffer page = new okio.Buffer();
    for (int i = 0; i < 8 * 1024; i++) {
      page.writeUtf8("x".repeat(1023)).writeUtf8("\n");
    }
    // 8 MiB arriving 256 KiB per 200 ms: reading it all would outlast the 1 s overall timeout.
    server.enqueue(new MockResponse().setResponseCode(400).setBody(page).throttleBody(256 * 1024, 200, TimeUnit.MILLISECONDS));
    TestRuns impatient = client.withOptions(b -> b.overallTimeout(Duration.ofSeconds(1))).agent(AGENT_ID).testRuns(BATCH_ID);

    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> impatient.get("job_x"));

    assertThat(e).isNotNull();
    assertThat(e.bodyExcerpt()).hasSize(ResponseDetails.EXCERPT_LIMIT);
  }

  @Test
  void emptyErrorBody() {
    server.enqueue(new MockResponse().setResponseCode(401));

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> runs.get("job_x"));

    assertThat(e).hasMessage("401 Unauthorized on GET /v1/test-runs/job_x");
    assertThat(e.bodyExcerpt()).isEmpty();
    assertThat(e.apiError()).isEmpty();
  }

  @Test
  void errorJsonOfAnotherShapeIsKeptAsExcerpt() {
    server.enqueue(json(400, "[\"not\",\"an\",\"error object\"]"));

    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> runs.get("job_x"));

    assertThat(e.apiError()).isEmpty();
    assertThat(e).hasMessage("400 Bad Request on GET /v1/test-runs/job_x: [\"not\",\"an\",\"error object\"]");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "120"));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> runs.get("job_x"));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("", "empty body, expected TestRun"),
        Arguments.of("<html><body>Maintenance</body></html>", "body is not a valid TestRun"),
        Arguments.of("{\"batchId\":\"b\",\"jobId\":\"j\",\"remarks\":\"cut of", "body is not a valid TestRun"),
        Arguments.of("[{\"batchId\":\"b\",\"jobId\":\"j\"}]", "body is not a valid TestRun"),
        Arguments.of("{\"batchId\":\"b\",\"jobId\":\"j\",\"isSuccesful\":\"yes\"}", "body is not a valid TestRun"),
        Arguments.of("{\"batchId\":\"b\"}", "body is not a valid TestRun"),
        Arguments.of("{\"batchId\":\"b\",\"jobId\":\"j\",\"createdDate\":\"yesterday\"}", "body is not a valid TestRun"),
        Arguments.of("{\"batchId\":\"b\",\"jobId\":\"j\"} trailing", "body is not a valid TestRun"),
        Arguments.of("null", "body is JSON null, expected TestRun"));
  }

  @ParameterizedTest
  @MethodSource("malformedBodies")
  void malformedSuccessBodiesBecomeResponseDecodingException(String body, String problem) {
    server.enqueue(json(200, body).setHeader("X-Request-Id", "req-200"));

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> runs.get("job_x"));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.requestId()).contains("req-200");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/v1/test-runs/job_x");
    assertThat(e.bodyExcerpt()).isEqualTo(body);
    assertThat(e.getMessage()).startsWith("200 on GET /v1/test-runs/job_x: " + problem);
    assertThat(e).isNotInstanceOf(JsonDataException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void wrongTypeInAListIsADecodingErrorAsyncToo(Mode mode) {
    server.enqueue(json(201, "{\"not\":\"a list\"}"));
    TestCases testCases = client.agent(AGENT_ID).testCases();

    assertThatThrownBy(() -> mode.run(testCases::list, testCases::listAsync))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageStartingWith("201 on GET /v1/test-cases: body is not a valid List<TestCase>");
  }

  @Test
  void connectionFailureIsAnIoException() throws IOException {
    server.shutdown();

    assertThatThrownBy(() -> runs.get("job_x"))
        .isInstanceOf(SigmaMindIoException.class)
        .hasMessageStartingWith("I/O failure on GET /v1/test-runs/job_x: ")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void connectionLostWhileTheBodyStreamsInIsAnIoExceptionNotADecodingOne() {
    StringBuilder longPage = new StringBuilder("{\"data\":[");
    for (int i = 0; i < 2_000; i++) {
      longPage.append(i == 0 ? "" : ",").append("{\"batchId\":\"").append(BATCH_ID).append("\",\"jobId\":\"job_").append(i).append("\"}");
    }
    server.enqueue(new MockResponse().setBody(longPage + "]}").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    assertThatThrownBy(() -> runs.list(PageRequest.of(0, 100)))
        .isInstanceOf(SigmaMindIoException.class)
        .hasMessageStartingWith("I/O failure on GET /v1/test-runs");
  }

  @Test
  void slowServerIsATimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TestRuns impatient = client.withOptions(b -> b.attemptTimeout(Duration.ofMillis(100))).agent(AGENT_ID).testRuns(BATCH_ID);

    assertThatThrownBy(() -> impatient.get("job_x"))
        .isInstanceOf(SigmaMindTimeoutException.class)
        .hasMessageStartingWith("Timed out on GET /v1/test-runs/job_x");
  }
}
