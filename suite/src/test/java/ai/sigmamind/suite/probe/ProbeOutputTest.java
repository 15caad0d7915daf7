package ai.sigmamind.suite.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports and records: what they hold, and that the key and (with --redact) the ids never show. */
class ProbeOutputTest {
  private static final String KEY = "sk-live-Echoed0123456789";
  private static final String TEST_CASE_ID = "tc_d17T6uReChpyfFeP";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-26T10:52:45Z"), ZoneOffset.UTC);

  @TempDir
  Path directory;

  /** A service that echoes the key it receives in a body, a header and an error message. */
  private static final class EchoingService extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String key = request.getHeader("X-API-Key");
      String path = request.getPath() == null ? "" : request.getPath();
      if (path.startsWith("/v1/test-cases?")) {
        return json(200, "[{\"testCaseId\":\"" + TEST_CASE_ID + "\",\"userPrompt\":\"called with " + key + "\"}]")
            .addHeader("X-Echo", "key=" + key);
      }
      if (path.startsWith("/v1/test-cases/")) {
        return json(401, "{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Key " + key + " is revoked\"}");
      }
      return json(200, "{\"data\":[],\"page\":0,\"size\":5,\"totalCount\":0,\"totalPages\":0,\"hasNext\":false,"
          + "\"hasPrevious\":false}");
    }

    private static MockResponse json(int status, String body) {
      return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
  }

  @Test
  void theKeyNeverAppearsEvenWhenTheServiceEchoesItAndRedactMasksIds() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new EchoingService());
      server.start(InetAddress.getLoopbackAddress(), 0);
      String url = server.url("/").toString().replaceAll("/$", "");
      SigmaMindClient client = SigmaMindClient.builder().apiKey(KEY).baseUrl(url).maxRetries(0).build();
      ProbeResult result;
      try (Target target = Target.api(client)) {
        result = new ContractProbe(new ProbeSettings("agent_D5D0p7TUs66TTAEAx", false, false, true), new Interruption(),
            CLOCK).run(target);
      }

      assertThat(result.operations().get(ApiOperation.GET_TEST_CASE.ordinal()).outcome())
          .isEqualTo(OperationReport.Outcome.FAILED);
      assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
      List<String> outputs = new ArrayList<>();
      outputs.add(ProbeReports.table(result));
      outputs.add(result.toString());
      for (Path file : ProbeReports.write(result, directory.resolve("reports"))) {
        outputs.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      for (Path file : ProbeRecords.write(result, directory.resolve("records"))) {
        outputs.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      assertThat(outputs).hasSize(7).allSatisfy(output -> assertThat(output)
          .doesNotContain(KEY).doesNotContain(TEST_CASE_ID).doesNotContain("D5D0p7TUs66TTAEAx"));
      assertThat(outputs.get(0)).contains("agent_redacted1").contains("tc_redacted2")
          .contains("answered 401 where the probe expected success");
      assertThat(Files.readString(directory.resolve("records/list-test-cases.json")))
          .contains("\"userPrompt\": \"called with " + Redaction.MASK + "\"");
    }
  }

  /** The default probe of the seed's agent, the sandbox reached as a service. */
  private static ProbeResult readOnlyProbe(SigmaMindSandbox sandbox) {
    SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(sandbox.baseUrl())
        .build();
    try (Target target = Target.api(client)) {
      return new ContractProbe(new ProbeSettings(ContractProbe.SANDBOX_AGENT_ID, false, false, false),
          new Interruption(), CLOCK).run(target);
    }
  }

  @Test
  void recordsAreTheObservedBodiesAsFixtures() throws IOException {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seedData(true)
        .clock(SandboxClock.fixed(Instant.parse("2026-03-26T10:52:45Z"))).build().start()) {
      ProbeResult result = readOnlyProbe(sandbox);

      List<Path> records = ProbeRecords.write(result, directory);

      assertThat(records).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder("list-test-cases.json",
          "get-test-case.json", "list-batch-runs.json", "get-batch-run.json", "list-test-runs.json", "get-test-run.json");
      // The sandbox's copy of the documented seed response, the fixture its own tests compare with.
      String seedRun = Files.readString(Path.of("../sandbox/src/test/resources/seed-get-test-run.json"));
      assertThat(Files.readString(directory.resolve("get-test-run.json"))).as("the documented seed, as the fixture has it")
          .isEqualToIgnoringWhitespace(seedRun);
    }
  }

  @Test
  void theReportsCarryEveryOperation() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seedData(true).drift(true).build().start()) {
      ProbeResult result = readOnlyProbe(sandbox);

      String xml = ProbeReports.junitXml(result);
      // A read-only probe takes every read step: 3 of them break, the rest of the spec's operations are skipped.
      long reads = ContractProbe.STEPS.values().stream().filter(ContractProbe.Step.READ::equals).count();
      int operations = ApiOperation.values().length;
      assertThat(xml).contains("<testsuite name=\"contract-probe\" tests=\"" + operations + "\" failures=\"3\" errors=\"0\" "
          + "skipped=\"" + (operations - reads) + "\">")
          .contains("<testcase classname=\"contract-probe\" name=\"getTestCase\"><failure message=\"breaking drift from the spec\">")
          .contains("<skipped message=\"read-only: only with --write\"></skipped>");
      assertThat(ProbeReports.markdown(result)).contains("| `getTestRun` | documented | drift to review | drift to review: response /sentiment");
      assertThat(ProbeReports.json(result)).containsEntry("exitCode", 1).containsKey("operations");
      assertThat(ProbeReports.table(result)).contains("getBatchRun        inferred   breaking")
          .contains("createBatchRun     inferred   not exercised        0  only with --write --with-batch (it costs a run)");
    }
  }

  @Test
  void anOperationTheFlowHasNoStepForIsNotExercisedInEveryReportAndFailsNothing() {
    Map<ApiOperation, ContractProbe.Step> withoutBatch = new EnumMap<>(ContractProbe.STEPS);
    withoutBatch.remove(ApiOperation.CREATE_BATCH_RUN);
    Redaction redaction = new Redaction(false);
    ProbeRun run = new ProbeRun(new ExchangeRecorder(redaction), redaction, new Interruption(), withoutBatch);
    ProbeSettings everything = new ProbeSettings(ContractProbe.SANDBOX_AGENT_ID, true, true, false);

    assertThatThrownBy(() -> run.call(ApiOperation.CREATE_BATCH_RUN, () -> {
      throw new AssertionError("no call is made for an operation without a step");
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("no step for createBatchRun");
    ProbeResult result = run.result("a service", true, everything, SpecCheck.bundled());

    OperationReport batch = result.operations().get(ApiOperation.CREATE_BATCH_RUN.ordinal());
    assertThat(batch.outcome()).isEqualTo(OperationReport.Outcome.NOT_EXERCISED);
    assertThat(batch.notes()).containsExactly(ProbeRun.NO_STEP);
    assertThat(result.confirmedInferred()).isEmpty();
    assertThat(result.exitCode()).as("a spec operation the probe cannot reach is no drift").isEqualTo(ExitCode.OK);
    assertThat(ProbeReports.table(result)).contains("createBatchRun     inferred   not exercised        0  " + ProbeRun.NO_STEP);
    assertThat(ProbeReports.junitXml(result)).contains("name=\"createBatchRun\"><skipped message=\"" + ProbeRun.NO_STEP + "\">");
    assertThat(ProbeReports.markdown(result)).contains("| `createBatchRun` | inferred | not exercised | " + ProbeRun.NO_STEP);
    assertThat(ProbeReports.json(result).toString()).contains(ProbeRun.NO_STEP);
  }
}
