package ai.sigmamind.suite;

import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.SyncResult.Action;
import ai.sigmamind.suite.SyncResult.SyncedCase;
import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindException;
import java.nio.file.Path;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs suites end to end: syncs each to its agent, starts one batch per suite, waits for them
 * (at most {@code parallel} suites at a time), gathers the verdicts, judges each by the gates and
 * writes the reports; one combined verdict for all. The CLI, and any other front end, only parse
 * their arguments and call this.
 *
 * <pre>{@code
 * List<Suite> suites = List.of(SuiteFile.read(Path.of("demo-agent.yaml")));
 * SuiteRunner.Settings settings = new SuiteRunner.Settings(new ReportFiles(Path.of("sigmamind-results")),
 *     Duration.ofMinutes(30), 4, List.of(new PassRateGate(0.8)));
 * SuiteRunner.check(suites, settings, !target.isSandbox());   // before any request
 * SuiteRunner.Outcome outcome = new SuiteRunner(target, settings, display, new Interruption(), Clock.systemUTC())
 *     .run(suites);
 * System.exit(outcome.exitCode().code());
 * }</pre>
 */
public final class SuiteRunner {
  /**
   * How suites are run.
   *
   * @param reports where the report files go
   * @param timeout how long to wait for each batch
   * @param parallel how many suites run at a time, at least 1
   * @param gates what a complete run must pass
   */
  public record Settings(ReportFiles reports, Duration timeout, int parallel, List<Gate> gates) {
    /**
     * Checks the values and copies the gates.
     *
     * @param reports see {@link #reports()}
     * @param timeout see {@link #timeout()}; positive
     * @param parallel see {@link #parallel()}; at least 1
     * @param gates see {@link #gates()}; copied
     */
    public Settings {
      if (parallel < 1) {
        throw new IllegalArgumentException("parallel must be at least 1, was " + parallel);
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + ai.sigmamind.sdk.DurationText.format(timeout));
      }
      gates = List.copyOf(gates);
    }
  }

  /**
   * What a run came to.
   *
   * @param results the suites that reached a batch, in the order given
   * @param errors why the others did not (API errors, sync conflicts), one message each
   * @param reportFiles the files written (the summary always; per suite, those that reached a batch)
   */
  public record Outcome(List<SuiteResult> results, List<String> errors, List<Path> reportFiles) {
    /**
     * The lists, copied.
     *
     * @param results see {@link #results()}; copied
     * @param errors see {@link #errors()}; copied
     * @param reportFiles see {@link #reportFiles()}; copied
     */
    public Outcome {
      results = List.copyOf(results);
      errors = List.copyOf(errors);
      reportFiles = List.copyOf(reportFiles);
    }

    /**
     * 3 when a suite could not run or is incomplete, else 1 when one failed a gate, else 0.
     *
     * @return {@link ExitCode#API_ERROR}, {@link ExitCode#BELOW_THRESHOLD} or {@link ExitCode#OK}
     */
    public ExitCode exitCode() {
      return SuiteResult.exitCodeOf(combinedVerdict(results, errors));
    }

    /**
     * {@code Wrote 4 reports to sigmamind-results: demo-agent.json, ...}, {@code Wrote 1 report to ...}.
     *
     * @param directory where they were written
     * @return one line, without a line break; empty when none was written
     */
    public String reportFilesLine(Path directory) {
      if (reportFiles.isEmpty()) {
        return "";
      }
      return "Wrote " + reportFiles.size() + (reportFiles.size() == 1 ? " report" : " reports") + " to " + directory + ": "
          + String.join(", ", reportFiles.stream().map(path -> String.valueOf(path.getFileName())).toList());
    }
  }

  private final RunContext context;
  private final Settings settings;
  private final boolean prune;

  /**
   * Runs on {@code target}, showing progress on {@code display}, stopping waits when {@code interruption} triggers.
   *
   * @param target the sandbox or API the suites run on
   * @param settings reports, timeout, parallelism and gates
   * @param display where progress is shown
   * @param interruption ends the waits early when triggered (Ctrl-C)
   * @param clock the clock the results' start and finish times are read from
   */
  public SuiteRunner(Target target, Settings settings, ProgressDisplay display, Interruption interruption, Clock clock) {
    this(new RunContext(target, display, interruption, clock), settings, false);
  }

  private SuiteRunner(RunContext context, Settings settings, boolean prune) {
    this.context = context;
    this.settings = settings;
    this.prune = prune;
  }

  /**
   * This runner, also deleting on the agents the test cases that left their suite files (as
   * {@code suite run --prune}); without it they are reported and kept.
   *
   * @return a runner whose syncs prune
   */
  public SuiteRunner pruning() {
    return new SuiteRunner(context, settings, true);
  }

  /**
   * Everything that can be checked without a request: suite names distinct (they name the
   * report files), every report file and, for the API, every lock file writable.
   *
   * @param suites the suites about to run
   * @param settings the settings they would run with
   * @param lockFiles whether the lock files must be writable: true for the API, false for a sandbox that
   *     keeps them in memory
   * @throws UsageException naming the problem
   */
  public static void check(List<Suite> suites, Settings settings, boolean lockFiles) {
    Map<String, Path> names = new HashMap<>();
    for (Suite suite : suites) {
      Path other = names.putIfAbsent(ReportFiles.fileName(suite.name()), suite.file());
      if (other != null) {
        throw new UsageException(suite.file() + ": the suite name '" + suite.name() + "' is also the name of " + other
            + " (names the report files, so they must differ)");
      }
    }
    settings.reports().check(suites);
    if (lockFiles) {
      suites.forEach(SuiteRunner::checkLockFile);
    }
  }

  /**
   * Checks that the lock file beside {@code suite} can be written.
   *
   * @param suite a suite read from a file
   * @throws UsageException if it cannot
   */
  public static void checkLockFile(Suite suite) {
    ReportFiles.checkWritable(LockFile.beside(suite.file()), "the lock file");
  }

  /**
   * Runs {@code suites} and writes the reports (also of an interrupted or timed-out run).
   *
   * @param suites the suites, with distinct names (see {@link #check})
   * @return the results, the errors of suites that could not run, and the report files written
   * @throws UsageException if a report or lock file cannot be written
   */
  public Outcome run(List<Suite> suites) {
    return runAll(suites, (suite, index, several) -> start(suite, several));
  }

  /**
   * Waits for batches started earlier (by a run that was interrupted or timed out) and judges and
   * reports them as that run would have: no test case is written and no batch is started. Each
   * suite must be as it was when its batch started: the agent's test cases match it, and the
   * batch ran exactly those.
   *
   * @param suites the suites, with distinct names (see {@link #check})
   * @param batchIds the batch each suite's run started, in the same order
   * @return the results, the errors of suites that could not be resumed, and the report files written
   * @throws IllegalArgumentException if there is not one batch id per suite
   * @throws UsageException if a report or lock file cannot be written
   */
  public Outcome resume(List<Suite> suites, List<String> batchIds) {
    if (batchIds.size() != suites.size()) {
      throw new IllegalArgumentException(suites.size() + " suites but " + batchIds.size() + " batch ids to resume");
    }
    return runAll(suites, (suite, index, several) -> resume(suite, batchIds.get(index), several));
  }

  /** Runs one suite to its result. */
  @FunctionalInterface
  private interface SuiteRun {
    SuiteResult run(Suite suite, int index, boolean several);
  }

  private Outcome runAll(List<Suite> suites, SuiteRun suiteRun) {
    List<SuiteResult> results = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(settings.parallel(), suites.size()), runnable -> {
      Thread thread = new Thread(runnable, "sigmamind-suite");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<SuiteResult>> futures = new ArrayList<>();
      for (int i = 0; i < suites.size(); i++) {
        int index = i;
        futures.add(executor.submit(() -> suiteRun.run(suites.get(index), index, suites.size() > 1)));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          errors.add(suites.get(i).name() + ": " + failure(e.getCause()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running suites", e);
    } finally {
      executor.shutdownNow();
      context.display().finish();
    }
    List<Suite> failed = suites.stream()
        .filter(suite -> results.stream().noneMatch(result -> result.suite() == suite)).toList();
    return new Outcome(results, errors, settings.reports().write(results, failed, errors));
  }

  private SuiteResult start(Suite suite, boolean several) {
    String prefix = prefix(suite, several);
    context.display().println(prefix + "suite " + suite.name() + " (" + suite.file() + "), "
        + plural(suite.testCases().size(), "test case") + " for agent " + suite.agentId() + " on the "
        + context.target().description());
    Agent agent = context.target().client().agent(suite.agentId());
    SuiteSync suiteSync = new SuiteSync(agent.testCases(), context.target().lockFor(suite));
    SyncPlan plan = suiteSync.plan(suite);
    SyncResult sync = suiteSync.apply(prune ? plan.pruning() : plan);
    context.display().println(prefix + "synced test cases: " + sync.summary());
    for (SyncedCase synced : sync.cases()) {
      if (synced.action() != Action.UNCHANGED) {
        context.display().println(prefix + "  " + synced.action().name().toLowerCase(Locale.ROOT)
            + " '" + synced.testCase().label() + "' (" + synced.testCaseId() + ")"
            + (synced.changedFields().isEmpty() ? "" : ": " + String.join(", ", synced.changedFields())));
      }
    }
    sync.removed().forEach(gone -> context.display().println(prefix + "  " + gone.message()));
    if (context.interruption().isTriggered()) {
      throw new NotRunException("interrupted before its batch started; no batch was started");
    }
    String batchId = agent.batchRuns().create(sync.testCaseIds()).batchId();
    context.display().println(prefix + "started batch " + batchId
        + "; waiting for its runs (Ctrl-C stops waiting and writes the reports)");
    return await(suite, agent, sync, batchId, context.clock().instant(), prefix);
  }

  private SuiteResult resume(Suite suite, String batchId, boolean several) {
    String prefix = prefix(suite, several);
    context.display().println(prefix + "suite " + suite.name() + " (" + suite.file() + "), resuming batch " + batchId
        + " of agent " + suite.agentId() + " on the " + context.target().description());
    Agent agent = context.target().client().agent(suite.agentId());
    SyncPlan plan = new SuiteSync(agent.testCases(), context.target().lockFor(suite)).plan(suite);
    if (plan.changesAnything()) {
      throw new NotRunException("cannot resume batch " + batchId + ": the suite differs from the agent's test cases "
          + "(" + plan.summary() + "), so the batch did not run it as it is now; run it anew without --resume\n"
          + plan.describe().stripTrailing());
    }
    SyncResult sync = new SyncResult(plan.steps().stream()
        .map(step -> new SyncedCase(step.testCase(), Objects.requireNonNull(step.testCaseId()), Action.UNCHANGED, List.of()))
        .toList());
    BatchRun batch = agent.batchRuns().get(batchId);
    if (batch.hasTestCases()) {
      Set<String> ran = batch.testCases().stream().map(TestCase::testCaseId).collect(Collectors.toSet());
      if (!ran.equals(Set.copyOf(sync.testCaseIds()))) {
        throw new NotRunException("cannot resume batch " + batchId + ": it ran test cases " + new TreeSet<>(ran)
            + ", but the suite's are " + new TreeSet<>(sync.testCaseIds()) + "; resume it with the suite file that started it");
      }
    }
    OffsetDateTime created = batch.createdDate();
    context.display().println(prefix + "waiting for the runs of batch " + batchId
        + " (Ctrl-C stops waiting and writes the reports)");
    return await(suite, agent, sync, batchId, created == null ? context.clock().instant() : created.toInstant(), prefix);
  }

  private SuiteResult await(Suite suite, Agent agent, SyncResult sync, String batchId, Instant started, String prefix) {
    RunContext.Waited waited = context.awaitBatch(agent, batchId, settings.timeout(), suite.name());
    SuiteResult firstStage = SuiteResult.of(suite, context.target().description(), context.target().kind(), sync,
        waited.report(), waited.incomplete(), started, context.clock().instant());
    return new ConfirmationRunner(context, settings.timeout())
        .confirm(firstStage, settings.gates(), agent, prefix)
        .judgedBy(settings.gates());
  }

  private static String prefix(Suite suite, boolean several) {
    return several ? suite.name() + ": " : "";
  }

  /** A suite that reached no batch to wait for: interrupted before it started one, or its batch cannot be resumed. */
  private static final class NotRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotRunException(String message) {
      super(message);
    }
  }

  private static String failure(Throwable cause) {
    if (cause instanceof NotRunException) {
      return String.valueOf(cause.getMessage());
    }
    if (cause instanceof SyncConflictException) {
      return "cannot sync the suite: " + cause.getMessage();
    }
    if (cause instanceof SigmaMindException) {
      return "API error: " + cause.getMessage();
    }
    if (cause instanceof UsageException usage) {
      throw usage;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException(cause);
  }

  /**
   * Incomplete if any suite could not run or is incomplete, else failed if any failed, else passed.
   *
   * @param results the suites that reached a batch
   * @param errors why other suites could not run; any makes the verdict incomplete
   * @return the verdict for all suites together
   */
  public static SuiteResult.Verdict combinedVerdict(List<SuiteResult> results, List<String> errors) {
    if (!errors.isEmpty()) {
      return SuiteResult.Verdict.INCOMPLETE;
    }
    SuiteResult.Verdict combined = SuiteResult.Verdict.PASSED;
    for (SuiteResult result : results) {
      if (result.verdict() == SuiteResult.Verdict.INCOMPLETE) {
        return SuiteResult.Verdict.INCOMPLETE;
      }
      if (result.verdict() == SuiteResult.Verdict.FAILED) {
        combined = SuiteResult.Verdict.FAILED;
      }
    }
    return combined;
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "SuiteRunner[" + context.target() + ", parallel " + settings.parallel() + (prune ? ", pruning" : "") + "]";
  }
}
