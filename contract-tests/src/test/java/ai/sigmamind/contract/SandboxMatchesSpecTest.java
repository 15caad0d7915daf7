package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.AuthenticationException;
import ai.sigmamind.sdk.BadRequestException;
import ai.sigmamind.sdk.NotFoundException;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sandbox answers as the spec says: the SDK drives every operation of the catalog
 * ({@link ApiOperation}) through its success, 400, 401 and 404 answers, running and completed
 * runs, and every request and response it recorded is validated against the spec.
 */
class SandboxMatchesSpecTest {
  private static final String KEY = "sandbox-spec-check-key";
  private static final String AGENT_ID = Examples.IDS.agentId();

  @ParameterizedTest
  @EnumSource(WireShape.class)
  void everyExchangeIsValidAgainstTheSpec(WireShape wireShape) {
    RecordingInterceptor recorder = new RecordingInterceptor();
    SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-26T10:52:45.565Z"));
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().wireShape(wireShape).clock(clock).apiKeys(KEY).knownAgentsOnly(true).build()
        .start();
        SigmaMindClient client = client(sandbox, KEY, recorder);
        SigmaMindClient revoked = client(sandbox, Examples.REVOKED_API_KEY, recorder)) {
      driveEverySuccess(client, clock);
      driveEveryError(client, revoked);
    }

    List<RecordingInterceptor.Exchange> exchanges = recorder.exchanges();
    Set<ApiOperation> all = EnumSet.allOf(ApiOperation.class);
    assertThat(operationsAnswered(exchanges, 200, 299)).as("operations that succeeded").isEqualTo(all);
    assertThat(operationsAnswered(exchanges, 404, 404)).as("operations that answered 404").isEqualTo(all);
    assertThat(operationsAnswered(exchanges, 401, 401)).as("operations that answered 401").isEqualTo(all);
    assertThat(operationsAnswered(exchanges, 400, 400)).as("operations that answered 400").isNotEmpty();

    OpenApiInteractionValidator validator = SpecValidation.validator(Contract.spec(), SpecValidation.strictLevels().build());
    String invalid = exchanges.stream()
        .map(exchange -> {
          ValidationReport report = validator.validate(exchange.request(), exchange.response());
          return report.hasErrors() ? exchange + "\n" + report.getMessages() : "";
        })
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining("\n"));
    assertThat(invalid).as("exchanges the spec does not allow").isEmpty();
  }

  /** The operations {@link #driveEverySuccess} calls by name, in states the contract calls do not reach. */
  private static final Set<ApiOperation> DRIVEN_ABOVE = EnumSet.of(ApiOperation.CREATE_TEST_CASE,
      ApiOperation.LIST_TEST_CASES, ApiOperation.GET_TEST_CASE, ApiOperation.UPDATE_TEST_CASE,
      ApiOperation.DELETE_TEST_CASE, ApiOperation.CREATE_BATCH_RUN, ApiOperation.GET_BATCH_RUN,
      ApiOperation.LIST_BATCH_RUNS, ApiOperation.LIST_TEST_RUNS, ApiOperation.GET_TEST_RUN);

  private static void driveEverySuccess(SigmaMindClient client, SandboxClock clock) {
    Agent agent = client.agent(AGENT_ID);
    TestCase created = agent.testCases().create(request -> request
        .label("Angry customer")
        .userPrompt("You are an angry customer who wants to cancel. [sandbox:flaky]")
        .successCriteria("Agent offers alternatives.")
        .attempt(2L));
    agent.testCases().list();
    agent.testCases().get(created.testCaseId());
    agent.testCases().update(created.testCaseId(), changes -> changes.attempt(3L));
    BatchRunCreated batch = agent.batchRuns().create(created.testCaseId());
    // Once while its runs are running, once after they all completed with a verdict.
    String jobId = "";
    for (int pass = 0; pass < 2; pass++) {
      agent.batchRuns().get(batch.batchId());
      agent.batchRuns().list(PageRequest.of(0, 1));
      List<TestRun> runs = agent.testRuns(batch.batchId()).list(PageRequest.of(0, 2)).items();
      jobId = runs.get(0).jobId();
      agent.testRuns(batch.batchId()).get(jobId);
      clock.advance(Duration.ofHours(1));
    }
    // Any other operation of the catalog, as its contract call makes it, on what exists now.
    for (SdkCall<?> call : OperationCalls.all(new Ids(AGENT_ID, created.testCaseId(), batch.batchId(), jobId))) {
      if (!DRIVEN_ABOVE.contains(call.operation())) {
        call.invoke(client);
      }
    }
    agent.testCases().delete(created.testCaseId());
  }

  private static void driveEveryError(SigmaMindClient client, SigmaMindClient revoked) {
    assertThatThrownBy(() -> client.agent(AGENT_ID).testCases().create(request -> request.userPrompt(" ").successCriteria("x")))
        .isInstanceOf(BadRequestException.class);
    for (SdkCall<?> call : OperationCalls.all(Examples.IDS)) {
      call.assertRaises(revoked, AuthenticationException.class, call.operationId());
    }
    for (SdkCall<?> call : OperationCalls.all(Examples.UNKNOWN_IDS)) {
      call.assertRaises(client, NotFoundException.class, call.operationId());
    }
  }

  private static SigmaMindClient client(SigmaMindSandbox sandbox, String key, RecordingInterceptor recorder) {
    return SigmaMindClient.builder()
        .apiKey(key)
        .baseUrl(sandbox.baseUrl())
        .maxRetries(0)
        .addInterceptor(recorder)
        .build();
  }

  /** "GET /v1/test-runs/{id}" for each operation that answered a status in the range. */
  private static Set<ApiOperation> operationsAnswered(List<RecordingInterceptor.Exchange> exchanges, int lowest, int highest) {
    return exchanges.stream()
        .filter(exchange -> exchange.status() >= lowest && exchange.status() <= highest)
        .flatMap(exchange -> CatalogPaths.operationOf(exchange.method(), exchange.pathAndQuery()).stream())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiOperation.class)));
  }
}
