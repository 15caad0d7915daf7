package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sandbox.WireShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code sigmamind contract probe} against the sandbox as the standalone one serves (seed data), plain and drifted. */
class ContractProbeCommandTest {
  /** The spec's operations: those the probe has no step for are counted as not exercised. */
  private static final int OPERATIONS = ApiOperation.values().length;

  @TempDir
  Path directory;

  private static SigmaMindSandbox standalone(WireShape shape, boolean drift) {
    return SigmaMindSandbox.builder().seedData(true).wireShape(shape).drift(drift).build().start();
  }

  @ParameterizedTest
  @EnumSource(WireShape.class)
  void everythingConformsInBothWireShapes(WireShape shape) {
    try (SigmaMindSandbox sandbox = standalone(shape, false)) {
      ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "contract", "probe", "--agent",
          "mJzLaPEo425lieb9", "--write", "--with-batch", "--report-dir", directory.toString());

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("Target: SigmaMind API at " + sandbox.baseUrl())
          .contains("Contract probe: 10 conforms" + notExercised(OPERATIONS - 10) + "; exit code 0")
          .contains("Confirmed by this probe, inferred in the spec: createBatchRun, getBatchRun, listBatchRuns, "
              + "createTestCase, deleteTestCase, getTestCase, listTestCases, updateTestCase, listTestRuns")
          .contains("Wrote 3 reports to " + directory + ": contract-probe.xml, contract-probe.json, contract-probe.md")
          .doesNotContain(SigmaMindSandbox.SEED_API_KEY);
    }
  }

  @Test
  void aDriftedServiceExitsWith1AndRecordsWhatItSaw() throws IOException {
    Path records = directory.resolve("observed");
    try (SigmaMindSandbox sandbox = standalone(WireShape.NEWER, true)) {
      ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(sandbox.baseUrl()), "contract", "probe", "--agent",
          "mJzLaPEo425lieb9", "--report-dir", directory.toString(), "--record", records.toString());

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
      assertThat(run.out()).contains("getTestCase        inferred   breaking             1  1 breaking")
          .contains("listBatchRuns      inferred   breaking             1  1 breaking, 1 drift to review")
          .contains("getTestRun         documented drift to review      1  1 drift to review")
          .contains("Contract probe: 3 breaking, 1 drift to review, 2 conforms" + notExercised(OPERATIONS - 6) + "; exit code 1")
          .contains("Recorded 6 observed answers to " + records);
      assertThat(Files.readString(records.resolve("get-test-run.json"))).contains("\"sentiment\": \"neutral\"");
      assertThat(Files.readString(directory.resolve("contract-probe.json"))).contains("\"exitCode\": 1");
    }
  }

  @Test
  void usageErrorsComeBeforeAnyRequest() {
    Map<String, String> api = ProgramRun.apiAt("http://127.0.0.1:9");
    assertThat(ProgramRun.sigmamind(api, "contract", "probe").err()).contains("--agent ID");
    assertThat(ProgramRun.sigmamind(api, "contract", "probe", "--agent", "a", "--with-batch").exitCode()).isEqualTo(2);
    assertThat(ProgramRun.sigmamind(Map.of(), "contract", "probe", "--agent", "a").err()).contains("No target");
  }

  @Test
  void theEmbeddedSandboxIsProbedWithItsSeedData() {
    ProgramRun run = ProgramRun.sigmamind(Map.of(), "contract", "probe", "--sandbox", "--report-dir", directory.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Target: embedded sandbox").contains("6 conforms" + notExercised(OPERATIONS - 6) + "; exit code 0")
        .as("a sandbox confirms nothing about the service").doesNotContain("Confirmed by this probe");
  }

  @Test
  void theHelpSaysWhatABatchCosts() {
    ProgramRun run = ProgramRun.sigmamind(Map.of(), "contract", "probe", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: sigmamind contract probe");
    assertThat(run.out().replaceAll("\\s+", " ")).contains("This costs a run");
    assertThat(ProgramRun.sigmamind(Map.of(), "contract", "--help").out()).startsWith("Usage: sigmamind contract");
  }

  private static String notExercised(int count) {
    return count == 0 ? "" : ", " + count + " not exercised";
  }
}
