package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standalone entry point, run in-process on port 0 and stopped by the test. */
class SandboxMainTest {
  private static final String SEED_RUN_PATH =
      "/v1/test-runs/job_ksUu5yRHGTLLrLeM?batchId=batch_s0OJu2JWR8R45Fai&agentId=" + DEMO_AGENT;
  private static final Pattern READY = Pattern.compile("SigmaMind sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))");

  private static String text(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8).trim();
  }

  @Test
  void printsItsUrlWhenReadyAndServesThere() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SigmaMindSandbox sandbox = SandboxMain.launch(
        new String[] {"--port", "0", "--seed", "3", "--pace-seconds", "0.5", "--newer-shape", "--pass-probability", "1"},
        new PrintStream(out, true, StandardCharsets.UTF_8))) {
      Matcher ready = READY.matcher(text(out));

      assertThat(ready.matches()).as(text(out)).isTrue();
      assertThat(Integer.parseInt(ready.group(2))).isEqualTo(sandbox.port()).isPositive();
      assertThat(sandbox.wireShape()).isEqualTo(WireShape.NEWER);
      assertThat(new Api(ready.group(1), "key").get("/v1/test-cases?agentId=" + DEMO_AGENT).code()).isEqualTo(200);
    }
  }

  @Test
  void apiKeyAndNoAdminFlagsApply() {
    try (SigmaMindSandbox sandbox = SandboxMain.launch(
        new String[] {"--api-key", "one", "--api-key", "two", "--no-admin"}, new PrintStream(new ByteArrayOutputStream()))) {
      assertThat(new Api(sandbox.baseUrl(), "two").get("/v1/test-cases?agentId=" + DEMO_AGENT).code()).isEqualTo(200);
      new Api(sandbox.baseUrl(), "three").get("/v1/test-cases?agentId=" + DEMO_AGENT).error(401);
      new Api(sandbox.baseUrl(), "one").post("/_sandbox/reset", "").error(404);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--verbose", "--port", "--port abc", "--port 70000", "--seed x", "--pace-seconds -1",
      "--pass-probability 2", "--api-key", "--host", "--host example.com", "--host 999.1.1.1"})
  void refusesBadArguments(String args) {
    assertThatThrownBy(() -> SandboxMain.launch(args.split(" "), new PrintStream(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void helpPrintsUsage() throws InterruptedException {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      SandboxMain.main(new String[] {"--help"});
    } finally {
      System.setOut(original);
    }
    assertThat(text(out)).startsWith("Usage: java -jar sigmamind-sandbox-")
        .contains("--host", "--port", "--no-seed-data", "--newer-shape", "--pace-seconds");
  }

  /** The README's quickstart works against a freshly started standalone sandbox, with the seed key. */
  @Test
  void startsWithTheSeedDataForTheSeedKey() {
    try (SigmaMindSandbox sandbox = SandboxMain.launch(new String[] {"--host", "127.0.0.1"},
        new PrintStream(new ByteArrayOutputStream()))) {
      Api seed = new Api(sandbox.baseUrl(), SigmaMindSandbox.SEED_API_KEY);

      Map<String, Object> run = seed.get(SEED_RUN_PATH).tree();
      assertThat(run).containsEntry("isSuccesful", true).containsEntry("chatId", "chat-IpELinkFvINQ1212");
      assertThat(seed.get("/v1/test-cases/tc_d17T6uReChpyfFeP?agentId=" + DEMO_AGENT).code()).isEqualTo(200);
      new Api(sandbox.baseUrl(), "another-key").get(SEED_RUN_PATH).error(404);

      seed.post("/_sandbox/reset", "");
      assertThat(seed.get(SEED_RUN_PATH).code()).as("reset restores the seed data").isEqualTo(200);
    }
  }

  @Test
  void noSeedDataFlagStartsEmpty() {
    try (SigmaMindSandbox sandbox = SandboxMain.launch(new String[] {"--no-seed-data"},
        new PrintStream(new ByteArrayOutputStream()))) {
      new Api(sandbox.baseUrl(), SigmaMindSandbox.SEED_API_KEY).get(SEED_RUN_PATH).error(404);
    }
  }
}
