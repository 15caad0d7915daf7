package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The batch example end to end, on the embedded sandbox and on a sandbox standing in for the API. */
class BatchRunExampleTest {
  // Known agents only: standing in for the API, it answers 404 for an agent it does not know.
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(
      SigmaMindSandbox.builder().pace(Duration.ZERO).knownAgentsOnly(true));

  @Test
  void runsABatchOnTheEmbeddedSandboxAndPrintsItsVerdicts() {
    ProgramRun run = ProgramRun.batchRunExample(Map.of());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Using an embedded sandbox at http://127.0.0.1:")
        .containsPattern("Started batch batch_\\w+ with test cases tc_\\w+, tc_\\w+")
        .contains("5/5 runs judged");
  }

  @Test
  void onTheApiItLeavesNoTestCaseBehind(SigmaMindSandbox sandbox) {
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY)
        .baseUrl(sandbox.baseUrl()).build()) {
      int before = client.agent(BatchRunExample.DEMO_AGENT_ID).testCases().list().size();

      ProgramRun run = ProgramRun.batchRunExample(ProgramRun.apiAt(sandbox.baseUrl()), BatchRunExample.DEMO_AGENT_ID);

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Using the SigmaMind API at " + sandbox.baseUrl());
      assertThat(client.agent(BatchRunExample.DEMO_AGENT_ID).testCases().list()).hasSize(before);
    }
  }

  @Test
  void anUnknownAgentIsAnApiError(SigmaMindSandbox sandbox) {
    ProgramRun run = ProgramRun.batchRunExample(ProgramRun.apiAt(sandbox.baseUrl()), "agent_doesNotExist");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("API error: 404 Not Found");
  }
}
