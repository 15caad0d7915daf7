package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code sigmamind sandbox} in its own JVM: it serves the API on the printed URL until Ctrl-C. */
class SandboxCommandTest {
  private static final Pattern LISTENING = Pattern.compile("SigmaMind sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void servesTheApiOnThePrintedUrlUntilCtrlC() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "sandbox", "--host", "127.0.0.1", "--newer-shape", "--seed", "7")
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      Matcher listening = LISTENING.matcher(String.valueOf(line));
      assertThat(listening.find()).as(line).isTrue();
      try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY)
          .baseUrl(listening.group(1)).build()) {
        TestCase created = client.agent("mJzLaPEo425lieb9").testCases().create(request -> request.label("Hello")
            .userPrompt("You are a customer.").successCriteria("Agent helps."));
        assertThat(created.label()).as("the newer wire shape keeps labels").isEqualTo("Hello");
        TestRun seed = client.agent("mJzLaPEo425lieb9").testRuns("batch_s0OJu2JWR8R45Fai").get("job_ksUu5yRHGTLLrLeM");
        assertThat(seed.successful()).as("the seed's run is there out of the box").isTrue();
      }

      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor()).isZero();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }
}
