package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seed's call, on the embedded sandbox and on a sandbox standing in for the real API. */
@ExtendWith(SandboxExtension.class)
class QuickstartTest {
  private static final String SEED_REMARKS =
      "The Agent successfully maintained focus on the primary task of addressing the customer's order enquiry.";

  @Test
  void printsTheSeedsRunFromTheEmbeddedSandbox() {
    ProgramRun run = ProgramRun.quickstart(Map.of());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Using an embedded sandbox at http://127.0.0.1:")
        .contains("Test run job_ksUu5yRHGTLLrLeM of batch batch_s0OJu2JWR8R45Fai, agent Demo Agent (mJzLaPEo425lieb9)")
        .contains("  verdict:          PASSED\n")
        .contains("  remarks:          " + SEED_REMARKS + "\n")
        .contains("  test case:        tc_d17T6uReChpyfFeP\n")
        .contains("  user prompt:      You are an angry customer who wants to cancel his subscription.\n")
        .contains("  attempts:         5, simulated by gpt-4o-mini\n")
        .contains("  mock data:        customer_name=John Doe, account_status=active\n")
        .contains("  created:          2023-11-07T05:31:56Z\n")
        .contains("  completed:        2023-11-07T05:31:56Z\n");
  }

  @Test
  void withAnApiKeyItAsksTheApiForTheGivenIds(SigmaMindSandbox sandbox) {
    sandbox.setUpProviderState("test run job_own of batch batch_own exists and failed", Map.of());

    ProgramRun run = ProgramRun.quickstart(ProgramRun.apiAt(sandbox.baseUrl()), "mJzLaPEo425lieb9", "batch_own", "job_own");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Using the SigmaMind API at " + sandbox.baseUrl())
        .contains("Test run job_own of batch batch_own")
        .contains("  verdict:          FAILED\n")
        .containsPattern("  remarks:          The agent did not meet the success criteria");
  }

  @Test
  void anUnknownRunIsAnApiErrorWithExitCodeThree(SigmaMindSandbox sandbox) {
    ProgramRun run = ProgramRun.quickstart(ProgramRun.apiAt(sandbox.baseUrl()), "mJzLaPEo425lieb9", "batch_x", "job_x");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("API error: 404 Not Found on GET /v1/test-runs/job_x");
  }

  @Test
  void wrongArgumentsExitWithTwoAndHelpWithZero() {
    ProgramRun two = ProgramRun.quickstart(Map.of(), "batch_x", "job_x");
    ProgramRun blank = ProgramRun.quickstart(Map.of(), "a", " ", "c");
    ProgramRun help = ProgramRun.quickstart(Map.of(), "--help");

    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.err()).contains("Usage: Quickstart [AGENT_ID BATCH_ID JOB_ID]");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: Quickstart");
  }

  @Test
  void invalidSdkSettingsAreAUsageError() {
    ProgramRun run = ProgramRun.quickstart(Map.of(ApiConnection.API_KEY_VARIABLE, "key",
        "SIGMAMIND_BASE_URL", "ftp://example.invalid"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid SDK settings: ").contains("baseUrl is not an http(s) URL");
  }
}
