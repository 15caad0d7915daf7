package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.API_KEY;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API key never shows: not in logs at the most verbose level, exceptions, or any toString. */
class SecretRedactionTest {
  private final MockWebServer server = new MockWebServer();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void start() throws IOException {
    server.start();
    // slf4j-simple (test scope) writes to whatever System.err is at the time of each log call.
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() throws IOException {
    System.setErr(originalErr);
    server.shutdown();
  }

  @Test
  void keyIsAbsentFromLogsExceptionsAndToStrings() {
    // The server echoes the key in its body and a header, as a careless gateway might.
    server.enqueue(json(401, "{\"error\":\"Unauthorized\",\"message\":\"Invalid key " + API_KEY + "\"}")
        .setHeader("X-Echo", API_KEY).setHeader("X-Request-Id", "req-" + API_KEY));
    server.enqueue(json(200, "<html>" + API_KEY + "</html>").setHeader("X-Request-Id", "req-" + API_KEY));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    List<Object> seen = new ArrayList<>();

    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).logLevel(LogLevel.HEADERS).maxRetries(0).build()) {
      TestRuns runs = client.agent(AGENT_ID).testRuns(BATCH_ID);
      seen.add(client);
      seen.add(client.withOptions(b -> b.maxRetries(1)));
      seen.add(catchThrowable(() -> runs.get("job_1")));
      seen.add(catchThrowable(() -> runs.get("job_2")));
      seen.add(catchThrowable(() -> client.agent(AGENT_ID).batchRuns().create("tc_1")));
      seen.add(catchThrowable(() -> SigmaMindClient.builder().apiKey(API_KEY + " with space").build()));
    }

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs)
        .contains("--> GET http://", "/v1/test-runs/job_1?batchId=" + BATCH_ID, "X-API-Key: [redacted]", "<-- 401 GET")
        .contains("User-Agent: sigmamind-java/", "X-Echo: [redacted]", "<-- FAILED POST")
        .doesNotContain(API_KEY)
        .doesNotContain("Invalid key");
    assertThat(seen).hasSize(6).doesNotContainNull();
    for (Object object : seen) {
      assertThat(describe(object)).doesNotContain(API_KEY);
    }
    AuthenticationException unauthorized = (AuthenticationException) seen.get(2);
    assertThat(unauthorized.getMessage()).contains("Invalid key [redacted]");
    assertThat(unauthorized.apiError().orElseThrow().message()).isEqualTo("Invalid key [redacted]");
    assertThat(unauthorized.bodyExcerpt()).doesNotContain(API_KEY);
    assertThat(unauthorized.headers().toString()).doesNotContain(API_KEY);
    assertThat(unauthorized.requestId()).contains("req-[redacted]");
    ResponseDecodingException undecodable = (ResponseDecodingException) seen.get(3);
    assertThat(undecodable.bodyExcerpt()).isEqualTo("<html>[redacted]</html>");
    assertThat(undecodable.requestId()).contains("req-[redacted]");
    assertThat(undecodable.headers().toString()).doesNotContain(API_KEY);
    assertThat(seen.get(0).toString()).contains("apiKey=[redacted]", "maxRetries=0", "logLevel=HEADERS");
  }

  @Test
  void keyEchoedAnywhereAServerCanPutItNeverShows() {
    String seed = Fixtures.seedTestRun();
    List<MockResponse> echoes = List.of(
        // Each field type of a success body.
        json(200, seed.replace("\"createdDate\": \"2023-11-07T05:31:56Z\"", "\"createdDate\": \"" + API_KEY + "\"")),
        json(200, seed.replace("\"attempt\": 5", "\"attempt\": \"" + API_KEY + "\"")),
        json(200, seed.replace("\"isSuccesful\": true", "\"isSuccesful\": \"" + API_KEY + "\"")),
        json(200, seed.replace("\"createdDate\": \"2023-11-07T05:31:56Z\"", "\"createdDate\": " + API_KEY)),
        json(200, seed.replace("\"jobId\": \"job_ksUu5yRHGTLLrLeM\"", "\"jobId\": [\"" + API_KEY + "\"]")),
        json(200, "<html>" + API_KEY + "</html>"),
        // Error body, headers and request id.
        json(500, "{\"error\":\"" + API_KEY + "\",\"message\":\"" + API_KEY + "\"}")
            .setHeader("X-Echo", API_KEY).setHeader("X-Request-Id", API_KEY).setHeader("Retry-After", API_KEY),
        json(418, API_KEY).setHeader("Request-Id", API_KEY),
        // The status line, which OkHttp quotes in its own complaint.
        new MockResponse().setStatus("HTTP/1.1 2x0 " + API_KEY));
    echoes.forEach(server::enqueue);
    List<Throwable> failures = new ArrayList<>();

    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).logLevel(LogLevel.HEADERS).maxRetries(0).build()) {
      TestRuns runs = client.agent(AGENT_ID).testRuns(BATCH_ID);
      for (int i = 0; i < echoes.size(); i++) {
        failures.add(catchThrowable(() -> runs.get("job_1")));
      }
    }

    assertThat(failures).doesNotContainNull().hasSize(echoes.size());
    for (Throwable failure : failures) {
      assertThat(failure).isInstanceOf(SigmaMindException.class);
      assertThat(failure.getMessage()).doesNotContain(API_KEY);
      assertThat(describe(failure)).doesNotContain(API_KEY);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(API_KEY);
  }

  @Test
  void aParserComplaintQuotesOnlyAShortPrefixOfAHugeValue() {
    String huge = "x".repeat(5_000_000);
    server.enqueue(json(200, Fixtures.seedTestRun().replace("2023-11-07T05:31:56Z\",\n  \"completedDate", huge + "\",\n  \"completedDate")));
    server.enqueue(json(200, Fixtures.seedTestRun().replace("\"attempt\": 5", "\"attempt\": \"" + huge + "\"")));

    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).build()) {
      TestRuns runs = client.agent(AGENT_ID).testRuns(BATCH_ID);
      for (int i = 0; i < 2; i++) {
        Throwable failure = catchThrowable(() -> runs.get("job_1"));
        assertThat(failure).isInstanceOf(ResponseDecodingException.class);
        assertThat(describe(failure).length()).isLessThan(20_000);
        assertThat(failure.getMessage()).contains("at path $.");
      }
    }
  }

  @Test
  void nothingIsLoggedByDefault() {
    server.enqueue(json(200, Fixtures.seedTestRun()));

    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).build()) {
      client.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void basicLevelLogsNoHeaders() {
    server.enqueue(json(200, Fixtures.seedTestRun()));

    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).logLevel(LogLevel.BASIC).build()) {
      client.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
    }

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("ai.sigmamind.sdk - --> GET http://", "<-- 200 GET http://")
        .doesNotContain("X-API-Key", "User-Agent", "isSuccesful");
  }

  /** Message, toString and stack trace (with causes), or toString for anything else. */
  private static String describe(Object object) {
    if (object instanceof Throwable) {
      StringWriter trace = new StringWriter();
      ((Throwable) object).printStackTrace(new PrintWriter(trace));
      return object + "\n" + trace;
    }
    return object.toString();
  }
}
