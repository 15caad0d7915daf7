package ai.sigmamind.suite.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sdk.RequestListener;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The probe against the sandbox as the standalone one runs (the seed's data in the seed key's
 * workspace), in both wire shapes and with {@code drift}.
 */
class ContractProbeTest {
  private static final Instant NOW = Instant.parse("2026-03-26T10:52:45.565Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ProbeSettings EVERYTHING = new ProbeSettings(ContractProbe.SANDBOX_AGENT_ID, true, true, false);

  private static SigmaMindSandbox.Builder standalone() {
    return SigmaMindSandbox.builder().seedData(true).clock(SandboxClock.fixed(NOW));
  }

  private static ProbeResult probe(SigmaMindSandbox sandbox, ProbeSettings settings, Interruption interruption,
      RequestListener listener) {
    SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(sandbox.baseUrl())
        .addListener(listener).build();
    try (Target target = Target.api(client)) {
      return new ContractProbe(settings, interruption, CLOCK).run(target);
    }
  }

  private static ProbeResult probe(SigmaMindSandbox sandbox, ProbeSettings settings) {
    return probe(sandbox, settings, new Interruption(), new RequestListener() { });
  }

  private static Map<ApiOperation, OperationReport.Outcome> outcomes(ProbeResult result) {
    return result.operations().stream().collect(Collectors.toMap(OperationReport::operation, OperationReport::outcome,
        (a, b) -> a, () -> new EnumMap<>(ApiOperation.class)));
  }

  private static List<String> scratchCases(SigmaMindSandbox sandbox) {
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(sandbox.baseUrl())
        .build()) {
      return client.agent(ContractProbe.SANDBOX_AGENT_ID).testCases().list().stream().map(TestCase::label)
          .filter(label -> label != null && label.startsWith(ContractProbe.SCRATCH_LABEL)).toList();
    }
  }

  @ParameterizedTest
  @EnumSource(WireShape.class)
  void everyOperationConformsInBothWireShapes(WireShape shape) {
    try (SigmaMindSandbox sandbox = standalone().wireShape(shape).build().start()) {
      ProbeResult result = probe(sandbox, EVERYTHING);

      assertThat(result.operations()).extracting(OperationReport::operation).containsExactly(ApiOperation.values());
      assertThat(result.operations()).allSatisfy(report -> {
        if (ContractProbe.STEPS.containsKey(report.operation())) {
          assertThat(report.outcome()).as(report.toString()).isEqualTo(OperationReport.Outcome.CONFORMS);
        } else {
          assertThat(report.outcome()).as(report.toString()).isEqualTo(OperationReport.Outcome.NOT_EXERCISED);
          assertThat(report.notes()).containsExactly(ProbeRun.NO_STEP);
          assertThat(report.calls()).isEmpty();
        }
        assertThat(report.findings()).isEmpty();
      });
      assertThat(result.problems()).isEmpty();
      assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(scratchCases(sandbox)).as("the scratch test case is deleted").isEmpty();
      assertThat(result.operations()).allSatisfy(report -> assertThat(report.evidence())
          .isEqualTo(report.operation() == ApiOperation.GET_TEST_RUN ? "documented" : "inferred"));
      assertThat(result.confirmedInferred()).as("reached as a service, not as an embedded sandbox")
          .containsExactlyElementsOf(Arrays.stream(ApiOperation.values()).filter(ContractProbe.STEPS::containsKey)
              .filter(operation -> operation != ApiOperation.GET_TEST_RUN).map(ApiOperation::operationId).toList());
    }
  }

  @Test
  void readOnlyByDefaultLeavesTheWritesNotExercised() {
    try (SigmaMindSandbox sandbox = standalone().build().start()) {
      ProbeResult result = probe(sandbox, new ProbeSettings(ContractProbe.SANDBOX_AGENT_ID, false, false, false));

      Map<ApiOperation, OperationReport.Outcome> outcomes = outcomes(result);
      assertThat(outcomes).containsEntry(ApiOperation.CREATE_TEST_CASE, OperationReport.Outcome.NOT_EXERCISED)
          .containsEntry(ApiOperation.UPDATE_TEST_CASE, OperationReport.Outcome.NOT_EXERCISED)
          .containsEntry(ApiOperation.DELETE_TEST_CASE, OperationReport.Outcome.NOT_EXERCISED)
          .containsEntry(ApiOperation.CREATE_BATCH_RUN, OperationReport.Outcome.NOT_EXERCISED)
          .containsEntry(ApiOperation.GET_TEST_RUN, OperationReport.Outcome.CONFORMS);
      assertThat(result.operations().stream().flatMap(report -> report.calls().stream()))
          .allSatisfy(call -> assertThat(call).startsWith("GET "));
      assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }
  }

  @Test
  void aDriftedServiceIsReportedExactlyAndClassified() {
    try (SigmaMindSandbox sandbox = standalone().drift(true).build().start()) {
      ProbeResult result = probe(sandbox, EVERYTHING);

      Map<ApiOperation, List<String>> findings = new EnumMap<>(ApiOperation.class);
      result.operations().stream().filter(report -> !report.findings().isEmpty()).forEach(report -> findings.put(
          report.operation(), report.findings().stream().map(f -> f.kind() + " " + f.location()).toList()));
      assertThat(findings).isEqualTo(Map.of(
          ApiOperation.GET_TEST_CASE, List.of("BREAKING response /attempt"),
          ApiOperation.GET_BATCH_RUN, List.of("BREAKING response /batchId"),
          ApiOperation.LIST_BATCH_RUNS, List.of("BREAKING response /totalCount", "DRIFT response /total"),
          ApiOperation.GET_TEST_RUN, List.of("DRIFT response /sentiment")));
      Map<ApiOperation, OperationReport.Outcome> outcomes = outcomes(result);
      assertThat(outcomes).containsEntry(ApiOperation.GET_TEST_CASE, OperationReport.Outcome.BREAKING)
          .containsEntry(ApiOperation.GET_BATCH_RUN, OperationReport.Outcome.BREAKING)
          .containsEntry(ApiOperation.LIST_BATCH_RUNS, OperationReport.Outcome.BREAKING)
          .containsEntry(ApiOperation.GET_TEST_RUN, OperationReport.Outcome.DRIFT);
      assertThat(result.count(OperationReport.Outcome.CONFORMS)).isEqualTo(6);
      assertThat(result.exitCode()).isEqualTo(ExitCode.BELOW_THRESHOLD);
      assertThat(scratchCases(sandbox)).isEmpty();
    }
  }

  @Test
  void driftAloneIsAWarning() {
    try (SigmaMindSandbox sandbox = standalone().drift(true).build().start()) {
      // Only getTestRun's drift (an added field) is exercised: no test case and no batch is read but the seed's run.
      ProbeResult result = probe(sandbox, new ProbeSettings(ContractProbe.SANDBOX_AGENT_ID, false, false, false));

      assertThat(outcomes(result)).containsEntry(ApiOperation.GET_TEST_RUN, OperationReport.Outcome.DRIFT);
      assertThat(result.verdictLine()).contains("1 drift to review");
    }
  }

  @Test
  void anInterruptionMidFlowStopsTheProbeAndDeletesTheScratchTestCase() {
    Interruption interruption = new Interruption();
    RequestListener ctrlCAfterCreate = new RequestListener() {
      @Override
      public void onEnd(ApiOperation operation, End end) {
        if (operation == ApiOperation.CREATE_TEST_CASE) {
          interruption.trigger("Ctrl-C");
        }
      }
    };
    try (SigmaMindSandbox sandbox = standalone().build().start()) {
      ProbeResult result = probe(sandbox, EVERYTHING, interruption, ctrlCAfterCreate);

      Map<ApiOperation, OperationReport.Outcome> outcomes = outcomes(result);
      assertThat(outcomes).containsEntry(ApiOperation.CREATE_TEST_CASE, OperationReport.Outcome.CONFORMS)
          .containsEntry(ApiOperation.UPDATE_TEST_CASE, OperationReport.Outcome.NOT_EXERCISED)
          .containsEntry(ApiOperation.CREATE_BATCH_RUN, OperationReport.Outcome.NOT_EXERCISED)
          .containsEntry(ApiOperation.DELETE_TEST_CASE, OperationReport.Outcome.CONFORMS);
      OperationReport delete = result.operations().get(ApiOperation.DELETE_TEST_CASE.ordinal());
      assertThat(delete.notes()).singleElement().asString().startsWith("deleted the scratch test case tc_")
          .endsWith("while cleaning up");
      assertThat(result.problems()).containsExactly("Interrupted before getTestCase: the probe stopped and cleaned up");
      assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(scratchCases(sandbox)).as("nothing the probe made is left").isEmpty();
    }
  }

  @Test
  void anUnreachableServiceExitsWith3() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SigmaMindClient client = SigmaMindClient.builder().apiKey("key").baseUrl("http://127.0.0.1:" + closedPort)
        .maxRetries(0).build();
    try (Target target = Target.api(client)) {
      ProbeResult result = new ContractProbe(EVERYTHING, new Interruption(), CLOCK).run(target);

      assertThat(result.operations()).allSatisfy(report -> assertThat(report.outcome()).as(report.toString())
          .isEqualTo(report.operation() == ApiOperation.LIST_TEST_CASES ? OperationReport.Outcome.FAILED
              : OperationReport.Outcome.NOT_EXERCISED));
      assertThat(result.operations().get(ApiOperation.UPDATE_TEST_CASE.ordinal()).notes()).as("--write, but no scratch case")
          .containsExactly("not reached: an earlier step did not give what this one needs");
      assertThat(result.problems()).singleElement().asString().startsWith("No answer to listTestCases")
          .endsWith("the service could not be reached");
      assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
    }
  }

  @Test
  void settingsAreCheckedBeforeAnyCall() {
    assertThatThrownBy(() -> new ProbeSettings(" ", false, false, false)).isInstanceOf(UsageException.class)
        .hasMessageContaining("--agent ID");
    assertThatThrownBy(() -> new ProbeSettings("agent", false, true, false)).isInstanceOf(UsageException.class)
        .hasMessageContaining("add --write");
  }
}
