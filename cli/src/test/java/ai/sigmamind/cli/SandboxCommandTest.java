package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code sigmamind sandbox} in its own JVM: it serves the API on the printed URL until Ctrl-C
 * (SIGTERM when the child cannot receive SIGINT; see {@link ChildProgram#ctrlC()}).
 */
class SandboxCommandTest {
  private static final Pattern LISTENING = Pattern.compile("SigmaMind sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void servesTheApiOnThePrintedUrlUntilCtrlC() throws Exception {
    try (ChildProgram child = ChildProgram.sigmamind(Map.of(), "sandbox", "--host", "127.0.0.1", "--newer-shape",
        "--seed", "7")) {
      String baseUrl = child.awaitLine(LISTENING);
      try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build()) {
        TestCase created = client.agent("mJzLaPEo425lieb9").testCases().create(request -> request.label("Hello")
            .userPrompt("You are a customer.").successCriteria("Agent helps."));
        assertThat(created.label()).as("the newer wire shape keeps labels").isEqualTo("Hello");
        TestRun seed = client.agent("mJzLaPEo425lieb9").testRuns("batch_s0OJu2JWR8R45Fai").get("job_ksUu5yRHGTLLrLeM");
        assertThat(seed.successful()).as("the seed's run is there out of the box").isTrue();
      }

      child.signal(child.ctrlC());
      child.awaitExit();
    }
  }
}
