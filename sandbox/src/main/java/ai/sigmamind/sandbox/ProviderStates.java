package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.TestCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named provider states a Pact verifier can ask for, each a sentence template whose
 * {@code {placeholders}} match one id-like word ({@code agent {agentId} has test case {testCaseId}}).
 * Every state builds on the documented seed (Demo Agent, its cancellation test case, the
 * 2023-11-07T05:31:56Z batch and the seed's run and remarks), so states named with the seed's ids
 * recreate exactly the seed's data. Setting a state up is idempotent: it replaces data with the
 * same ids.
 */
final class ProviderStates {
  private enum RunState { SUCCEEDED, FAILED, RUNNING }

  @FunctionalInterface
  private interface Setup {
    Map<String, String> apply(Workspace workspace, Map<String, String> params);
  }

  private record State(String template, Pattern pattern, List<String> placeholders, Setup setup) {
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final SandboxStore store;
  private final IdGenerator ids;
  private final RunPlanner planner;
  private final List<State> states;

  ProviderStates(SandboxStore store, IdGenerator ids, RunPlanner planner) {
    this.store = store;
    this.ids = ids;
    this.planner = planner;
    this.states = List.of(
        state("agent {agentId} exists", (workspace, params) -> Map.of("agentId", agent(workspace, params).agentId())),
        state("agent {agentId} has test case {testCaseId}", this::testCase),
        state("no test cases exist", (workspace, params) -> {
          workspace.clearTestCases();
          return Map.of();
        }),
        state("no batch runs exist", (workspace, params) -> {
          workspace.clearBatches();
          return Map.of();
        }),
        state("batch {batchId} exists",
            (workspace, params) -> batch(workspace, params, SeedFixture.ATTEMPTS, RunState.SUCCEEDED, RunState.SUCCEEDED)),
        state("batch {batchId} is running",
            (workspace, params) -> batch(workspace, params, SeedFixture.ATTEMPTS, RunState.RUNNING, RunState.RUNNING)),
        state("batch {batchId} has {count} test runs",
            (workspace, params) -> batch(workspace, params, count(params), RunState.SUCCEEDED, RunState.SUCCEEDED)),
        state("test run {jobId} of batch {batchId} exists and succeeded",
            (workspace, params) -> batch(workspace, params, SeedFixture.ATTEMPTS, RunState.SUCCEEDED, RunState.SUCCEEDED)),
        state("test run {jobId} of batch {batchId} exists and failed",
            (workspace, params) -> batch(workspace, params, SeedFixture.ATTEMPTS, RunState.FAILED, RunState.SUCCEEDED)),
        state("test run {jobId} of batch {batchId} is running",
            (workspace, params) -> batch(workspace, params, SeedFixture.ATTEMPTS, RunState.RUNNING, RunState.RUNNING)));
  }

  /** The templates, in the order they are documented. */
  private List<String> templates() {
    return states.stream().map(State::template).toList();
  }

  /**
   * Sets {@code name} up in the workspace of {@code params.apiKey} (default
   * {@link SigmaMindSandbox#SEED_API_KEY}). Explicit params override the values in the name.
   *
   * @return the ids the state created or used, plus {@code apiKey} and {@code workspaceId}, for
   *     Pact's provider-state injected values
   * @throws ApiException 400 for a name no template matches
   */
  Map<String, String> setUp(String name, Map<String, String> params) {
    if (name.isBlank()) {
      String apiKey = params.getOrDefault("apiKey", SigmaMindSandbox.SEED_API_KEY);
      return Map.of("apiKey", apiKey, "workspaceId", SandboxStore.workspaceId(apiKey));
    }
    for (State state : states) {
      Matcher matcher = state.pattern().matcher(name.trim());
      if (!matcher.matches()) {
        continue;
      }
      Map<String, String> merged = new LinkedHashMap<>();
      state.placeholders().forEach(placeholder -> merged.put(placeholder, matcher.group(placeholder)));
      merged.putAll(params);
      String apiKey = merged.getOrDefault("apiKey", SigmaMindSandbox.SEED_API_KEY);
      Map<String, String> result = new LinkedHashMap<>();
      result.put("apiKey", apiKey);
      result.put("workspaceId", SandboxStore.workspaceId(apiKey));
      result.putAll(store.inWorkspace(apiKey, workspace -> state.setup().apply(workspace, merged)));
      return result;
    }
    throw ApiException.badRequest("Unknown provider state '" + name + "'. Known states: " + String.join("; ", templates()));
  }

  private static State state(String template, Setup setup) {
    StringBuilder regex = new StringBuilder();
    List<String> placeholders = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    int literalStart = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(literalStart, matcher.start())));
      regex.append("(?<").append(matcher.group(1)).append(">\\S+)");
      placeholders.add(matcher.group(1));
      literalStart = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(literalStart)));
    return new State(template, Pattern.compile(regex.toString()), List.copyOf(placeholders), setup);
  }

  /** The agent of {@code params.agentId} (default the seed's), created if the workspace lacks it. */
  private static AgentSummary agent(Workspace workspace, Map<String, String> params) {
    String agentId = params.getOrDefault("agentId", SeedFixture.AGENT.agentId());
    if (!workspace.hasAgent(agentId)) {
      workspace.putAgent(AgentSummary.builder()
          .name(params.getOrDefault("agentName", SeedFixture.AGENT.name()))
          .agentId(agentId)
          .status(AgentStatus.of(params.getOrDefault("agentStatus", AgentStatus.TESTING.value())))
          .build());
    }
    return workspace.requireAgent(agentId);
  }

  private Map<String, String> testCase(Workspace workspace, Map<String, String> params) {
    AgentSummary agent = agent(workspace, params);
    String testCaseId = params.getOrDefault("testCaseId", SeedFixture.TEST_CASE_ID);
    workspace.putTestCase(SeedFixture.testCase(testCaseId, workspace.id(), agent, SeedFixture.ATTEMPTS));
    return Map.of("agentId", agent.agentId(), "testCaseId", testCaseId);
  }

  /**
   * The seed's batch: the seed's test case with {@code attempts} attempts, all created at the
   * seed's date. The first run is {@code params.jobId} (default the seed's job) with the seed's
   * chat id and, when it succeeded, the seed's remarks; the others get generated ids.
   */
  private Map<String, String> batch(Workspace workspace, Map<String, String> params, long attempts, RunState first,
      RunState others) {
    AgentSummary agent = agent(workspace, params);
    String testCaseId = params.getOrDefault("testCaseId", SeedFixture.TEST_CASE_ID);
    String batchId = params.getOrDefault("batchId", SeedFixture.BATCH_ID);
    String jobId = params.getOrDefault("jobId", SeedFixture.JOB_ID);
    TestCase testCase = SeedFixture.testCase(testCaseId, workspace.id(), agent, attempts);
    workspace.putTestCase(testCase);
    List<StoredRun> runs = new ArrayList<>();
    for (long attempt = 1; attempt <= attempts; attempt++) {
      boolean isFirst = attempt == 1;
      RunState state = isFirst ? first : others;
      StoredRun run = planner.run(
          isFirst ? jobId : ids.next("job_"),
          isFirst ? SeedFixture.CHAT_ID : ids.next("chat-"),
          testCase, agent, attempt, SeedFixture.DATE,
          state == RunState.RUNNING ? null : SeedFixture.DATE,
          state == RunState.SUCCEEDED);
      runs.add(isFirst && state == RunState.SUCCEEDED ? withSeedRemarks(run) : run);
    }
    workspace.putBatch(new StoredBatch(batchId, workspace.id(), agent, SeedFixture.DATE, List.of(testCase), runs));
    return Map.of("agentId", agent.agentId(), "testCaseId", testCaseId, "batchId", batchId, "jobId", jobId);
  }

  private static StoredRun withSeedRemarks(StoredRun run) {
    StoredRun.Judgement judgement = run.judgement();
    if (judgement == null) {
      throw new IllegalStateException("A succeeded run has a judgement");
    }
    return new StoredRun(run.jobId(), run.chatId(), run.testCase(), run.attempt(), run.createdAt(),
        new StoredRun.Judgement(judgement.completesAt(), true, SeedFixture.REMARKS, judgement.conversation()));
  }

  private static long count(Map<String, String> params) {
    String text = params.getOrDefault("count", "");
    try {
      return Checks.attempts(new BigDecimal(text).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiException.badRequest("Provider state parameter 'count' must be a whole number, was '" + text + "'");
    }
  }
}
