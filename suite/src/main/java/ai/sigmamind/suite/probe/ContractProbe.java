package ai.sigmamind.suite.probe;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.Target;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code sigmamind contract probe}: calls the service with the user's own client and checks every
 * answer against the spec the tool was built with ({@link SpecCheck}). Read-only by default: the
 * agent's test cases, batches and runs are listed and the first of each read. With
 * {@link ProbeSettings#write()} a scratch test case labelled as the probe's is created, read,
 * updated and deleted; with {@link ProbeSettings#withBatch()} one batch of its single attempt is
 * started and read. The scratch test case is deleted whatever happens: a failed call, an
 * exception, or an {@link Interruption} (Ctrl-C), after which no new call starts but the cleanup.
 * An operation of the spec the flow has no step for (a new one, say) is reported not exercised,
 * never conforming, and does not change the exit code: the probe cannot reach it, which is no drift.
 *
 * <pre>{@code
 * try (Target target = Target.embeddedSandbox()) {
 *   ProbeResult result = new ContractProbe(new ProbeSettings("mJzLaPEo425lieb9", true, false, false),
 *       new Interruption(), Clock.systemUTC()).run(target);
 *   System.out.print(ProbeReports.table(result));
 * }
 * }</pre>
 */
public final class ContractProbe {
  /** The scratch test case's label starts with this, so a leftover is recognisable. */
  public static final String SCRATCH_LABEL = "sigmamind contract probe scratch";
  /** The agent the sandbox's seed data belongs to (Demo Agent), probed by default on {@link #sandboxTarget()}. */
  public static final String SANDBOX_AGENT_ID = "mJzLaPEo425lieb9";
  /** How many items a list call asks for: one is read, a few show the item schema holds throughout. */
  private static final int PAGE_SIZE = 5;
  /**
   * Every operation the flow below has a step for, and when it takes it: the one list of them.
   * {@link ProbeRun} refuses a call or skip of any other, and reports the others as having no step.
   */
  static final Map<ApiOperation, Step> STEPS = steps();

  /** When the flow takes an operation's step. */
  enum Step {
    /** In every probe, when the agent has one to read. */
    READ,
    /** Only with {@link ProbeSettings#write()}. */
    WRITE,
    /** Only with {@link ProbeSettings#withBatch()}: it costs a run. */
    BATCH;

    /**
     * Why a report says the step was not taken.
     *
     * @return the note, or null when {@code settings} take the step
     */
    @Nullable String leftOutBy(ProbeSettings settings) {
      return switch (this) {
        case READ -> null;
        case WRITE -> settings.write() ? null : "read-only: only with --write";
        case BATCH -> settings.withBatch() ? null : "only with --write --with-batch (it costs a run)";
      };
    }
  }

  private final ProbeSettings settings;
  private final Interruption interruption;
  private final Clock clock;

  /**
   * A probe; nothing is called before {@link #run}.
   *
   * @param settings what to exercise
   * @param interruption stops the probe between two calls (then it cleans up)
   * @param clock dates the scratch test case's label
   */
  public ContractProbe(ProbeSettings settings, Interruption interruption, Clock clock) {
    this.settings = settings;
    this.interruption = interruption;
    this.clock = clock;
  }

  /**
   * Probes {@code target}; never throws for what the service answers.
   *
   * @param target where to call; its client's settings (key, URL, timeouts, retries) are used as they are
   * @return the findings, redacted
   */
  public ProbeResult run(Target target) {
    Redaction redaction = new Redaction(settings.redact());
    redaction.noteId(settings.agentId());
    ExchangeRecorder recorder = new ExchangeRecorder(redaction);
    // A derived client shares the target's connections and settings; closing it does nothing.
    SigmaMindClient client = target.client().withOptions(options -> options.addInterceptor(recorder));
    ProbeRun run = new ProbeRun(recorder, redaction, interruption, STEPS);
    Agent agent = client.agent(settings.agentId());
    try {
      readAgentData(run, agent);
      if (settings.write()) {
        exerciseScratchCase(run, agent);
      }
    } finally {
      run.cleanUp(agent);
    }
    return run.result(target.description(), !target.isSandbox(), settings, SpecCheck.bundled());
  }

  /**
   * The embedded sandbox for {@code --sandbox}, with the documented seed's test case, batch and run,
   * so that a read-only probe has something to read.
   *
   * @return the target, its sandbox running
   */
  public static Target sandboxTarget() {
    return Target.sandbox(Target.sandboxConfiguration().seedData(true));
  }

  private static Map<ApiOperation, Step> steps() {
    Map<ApiOperation, Step> steps = new EnumMap<>(ApiOperation.class);
    for (ApiOperation read : List.of(ApiOperation.LIST_TEST_CASES, ApiOperation.GET_TEST_CASE,
        ApiOperation.LIST_BATCH_RUNS, ApiOperation.GET_BATCH_RUN, ApiOperation.LIST_TEST_RUNS, ApiOperation.GET_TEST_RUN)) {
      steps.put(read, Step.READ);
    }
    for (ApiOperation write : List.of(ApiOperation.CREATE_TEST_CASE, ApiOperation.UPDATE_TEST_CASE,
        ApiOperation.DELETE_TEST_CASE)) {
      steps.put(write, Step.WRITE);
    }
    steps.put(ApiOperation.CREATE_BATCH_RUN, Step.BATCH);
    return Collections.unmodifiableMap(steps);
  }

  private static void readAgentData(ProbeRun run, Agent agent) {
    Object cases = run.call(ApiOperation.LIST_TEST_CASES, () -> agent.testCases().list());
    String testCaseId = ProbeRun.firstId(cases, "testCaseId");
    if (testCaseId != null) {
      run.call(ApiOperation.GET_TEST_CASE, () -> agent.testCases().get(testCaseId));
    } else {
      run.skip(ApiOperation.GET_TEST_CASE, "the agent has no test case to read");
    }
    Object batches = run.call(ApiOperation.LIST_BATCH_RUNS, () -> agent.batchRuns().list(PageRequest.of(0, PAGE_SIZE)));
    String batchId = ProbeRun.firstId(ProbeRun.data(batches), "batchId");
    if (batchId != null) {
      readBatch(run, agent, batchId);
    } else {
      run.skip(ApiOperation.GET_BATCH_RUN, "the agent has no batch run to read");
      run.skip(ApiOperation.LIST_TEST_RUNS, "the agent has no batch run whose test runs to list");
      run.skip(ApiOperation.GET_TEST_RUN, "the agent has no batch run whose test runs to read");
    }
  }

  private static void readBatch(ProbeRun run, Agent agent, String batchId) {
    run.call(ApiOperation.GET_BATCH_RUN, () -> agent.batchRuns().get(batchId));
    Object runs = run.call(ApiOperation.LIST_TEST_RUNS, () -> agent.testRuns(batchId).list(PageRequest.of(0, PAGE_SIZE)));
    String jobId = ProbeRun.firstId(ProbeRun.data(runs), "jobId");
    if (jobId != null) {
      run.call(ApiOperation.GET_TEST_RUN, () -> agent.testRuns(batchId).get(jobId));
    } else {
      run.skip(ApiOperation.GET_TEST_RUN, "the batch run has no test run to read");
    }
  }

  private void exerciseScratchCase(ProbeRun run, Agent agent) {
    String label = SCRATCH_LABEL + " " + clock.instant() + " (safe to delete)";
    Object created = run.call(ApiOperation.CREATE_TEST_CASE, () -> agent.testCases().create(CreateTestCaseRequest.builder()
        .agentId(agent.agentId())
        .label(label)
        .userPrompt("A scratch test case of sigmamind contract probe, deleted by it at once: you are a customer "
            + "asking for your order status.")
        .successCriteria("The agent answers the question about the order status.")
        .mockData(List.of(MockDataVariable.builder().variableName("customer_name").value("Probe").build()))
        .attempt(1L)
        .build()));
    String scratchId = ProbeRun.id(created, "testCaseId");
    if (scratchId == null) {
      if (created != null) {
        run.problem("The scratch test case was created but its id cannot be read: delete the test case labelled '"
            + label + "' by hand");
      }
      return;
    }
    run.scratchCreated(scratchId);
    run.call(ApiOperation.GET_TEST_CASE, () -> agent.testCases().get(scratchId));
    run.call(ApiOperation.UPDATE_TEST_CASE, () -> agent.testCases().update(scratchId, changes -> changes
        .successCriteria("The agent answers the question about the order status politely.")));
    if (settings.withBatch()) {
      Object batch = run.call(ApiOperation.CREATE_BATCH_RUN, () -> agent.batchRuns().create(scratchId));
      String batchId = ProbeRun.id(batch, "batchId");
      if (batchId != null) {
        readBatch(run, agent, batchId);
      }
    }
    run.deleteScratch(agent, false);
  }
}
