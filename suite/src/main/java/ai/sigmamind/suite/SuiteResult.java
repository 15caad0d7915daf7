package ai.sigmamind.suite;

import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one suite run, in the suite's terms: its test cases by label, each with its runs
 * numbered by attempt, the totals, the target it ran on, and the gates' verdicts. The table and
 * every report file are rendered from it.
 *
 * <pre>{@code
 * SuiteResult result = SuiteResult.of(suite, target.description(), target.kind(), sync, report, null, started, finished)
 *     .judgedBy(List.of(new PassRateGate(0.8)));
 * System.out.println(result.verdictLine());   // "PASSED: pass rate 81.3% meets the minimum of 80.0%"
 * }</pre>
 *
 * @param suite the suite as read
 * @param target where it ran, for people ({@link Target#description()})
 * @param targetKind {@code sandbox} or {@code api}
 * @param sync what the sync did
 * @param batchId the batch that ran the suite
 * @param cases one per suite test case, in suite order (then any run naming another test case)
 * @param incomplete why the batch is incomplete (timeout, interruption), or null when it completed
 * @param started when the batch was started
 * @param finished when its report was gathered
 * @param gates the gates' verdicts; empty for an incomplete run
 * @param confirmation the follow-up batch that re-ran the suspect cases of a {@link BaselineGate};
 *     null when none ran
 */
public record SuiteResult(Suite suite, String target, String targetKind, SyncResult sync, String batchId,
    List<CaseResult> cases, @Nullable String incomplete, Instant started, Instant finished, List<GateVerdict> gates,
    @Nullable ConfirmationBatch confirmation) {

  /** Whether the suite passed. */
  public enum Verdict {
    /** The batch completed and every gate passed (or none was given). */
    PASSED,
    /** The batch completed and a gate failed. */
    FAILED,
    /** The batch did not complete: it timed out or the wait was interrupted. */
    INCOMPLETE
  }

  /**
   * One run of a test case.
   *
   * @param label the suite's label of its test case
   * @param attempt 1 for the test case's first run in the batch, and so on
   * @param run the run as the API returned it
   */
  public record RunResult(String label, int attempt, TestRun run) {
    /**
     * True passed, false failed, null not judged yet.
     *
     * @return the API's verdict of the run: null until it is judged
     */
    public @Nullable Boolean successful() {
      return run.successful();
    }

    /**
     * The conversation as text, one {@code role: content} line per message; empty when the API returned none.
     *
     * @return the lines joined with {@code \n}, no trailing line break
     */
    public String transcript() {
      return run.conversation().stream()
          .map(message -> message.role().value() + ": " + message.content())
          .collect(Collectors.joining("\n"));
    }
  }

  /**
   * One test case's runs.
   *
   * @param label the suite's label
   * @param testCaseId the agent's test case
   * @param runs in attempt order
   */
  public record CaseResult(String label, String testCaseId, List<RunResult> runs) {
    /**
     * The runs, copied.
     *
     * @param label see {@link #label()}
     * @param testCaseId see {@link #testCaseId()}
     * @param runs see {@link #runs()}; copied
     */
    public CaseResult {
      runs = List.copyOf(runs);
    }

    /**
     * Runs judged successful.
     *
     * @return the count, 0 or more
     */
    public long passed() {
      return count(runs, Boolean.TRUE::equals);
    }

    /**
     * Runs judged failed.
     *
     * @return the count, 0 or more
     */
    public long failed() {
      return count(runs, Boolean.FALSE::equals);
    }

    /**
     * Runs not judged yet.
     *
     * @return the count, 0 or more
     */
    public long pending() {
      return count(runs, verdict -> verdict == null);
    }

    /**
     * Passed over judged runs; empty when none is judged.
     *
     * @return a fraction from 0 to 1, or empty
     */
    public OptionalDouble passRate() {
      return rate(passed(), failed());
    }
  }

  /**
   * The lists, copied.
   *
   * @param suite see {@link #suite()}
   * @param target see {@link #target()}
   * @param targetKind see {@link #targetKind()}
   * @param sync see {@link #sync()}
   * @param batchId see {@link #batchId()}
   * @param cases see {@link #cases()}; copied
   * @param incomplete see {@link #incomplete()}
   * @param started see {@link #started()}
   * @param finished see {@link #finished()}
   * @param gates see {@link #gates()}; copied
   * @param confirmation see {@link #confirmation()}
   */
  public SuiteResult {
    cases = List.copyOf(cases);
    gates = List.copyOf(gates);
  }

  /**
   * Groups a batch report's runs by the suite's test cases; not judged by any gate yet.
   *
   * @param suite the suite that ran
   * @param target where it ran, for people ({@link Target#description()})
   * @param targetKind {@code sandbox} or {@code api}
   * @param sync what the sync did; it maps the agent's test case ids to the suite's labels
   * @param report the batch and its runs, as gathered after the wait
   * @param incomplete why the batch is incomplete (timeout, interruption), or null when it completed
   * @param started when the batch was started
   * @param finished when the report was gathered
   * @return a result with no gate verdicts; {@link #judgedBy} adds them
   */
  public static SuiteResult of(Suite suite, String target, String targetKind, SyncResult sync, BatchReport report,
      @Nullable String incomplete, Instant started, Instant finished) {
    return new SuiteResult(suite, target, targetKind, sync, report.batch().batchId(), group(sync, report), incomplete,
        started, finished, List.of(), null);
  }

  /** The report's runs by the suite's test cases, numbered by attempt within each. */
  static List<CaseResult> group(SyncResult sync, BatchReport report) {
    Map<String, String> labels = new LinkedHashMap<>();
    sync.cases().forEach(synced -> labels.put(synced.testCaseId(), synced.testCase().label()));
    Map<String, List<RunResult>> runsById = new LinkedHashMap<>();
    labels.keySet().forEach(id -> runsById.put(id, new ArrayList<>()));
    for (TestRun run : report.runs()) {
      TestCase testCase = run.testCase();
      String id = testCase == null ? BatchReport.UNKNOWN_TEST_CASE : testCase.testCaseId();
      labels.putIfAbsent(id, testCase == null || testCase.label() == null ? id : testCase.label());
      List<RunResult> runs = runsById.computeIfAbsent(id, key -> new ArrayList<>());
      runs.add(new RunResult(labels.get(id), runs.size() + 1, run));
    }
    List<CaseResult> cases = new ArrayList<>();
    runsById.forEach((id, runs) -> cases.add(new CaseResult(labels.get(id), id, runs)));
    return cases;
  }

  /** This result, incomplete for {@code why}. */
  SuiteResult withIncomplete(String why) {
    return new SuiteResult(suite, target, targetKind, sync, batchId, cases, why, started, finished, List.of(),
        confirmation);
  }

  /**
   * This result with the confirmation batch that re-ran its suspect cases.
   *
   * @param batch the confirmation batch
   * @param why why it is incomplete (timeout, interruption), or null when it completed: an
   *     incomplete confirmation makes the run incomplete
   * @return a copy with the confirmation and no gate verdicts yet
   */
  public SuiteResult withConfirmation(ConfirmationBatch batch, @Nullable String why) {
    String stillIncomplete = why == null ? incomplete
        : "the first batch completed, but not its confirmation batch " + batch.batchId() + ": " + why;
    return new SuiteResult(suite, target, targetKind, sync, batchId, cases, stillIncomplete, started, batch.finished(),
        List.of(), batch);
  }

  /**
   * This result judged by {@code gateList}; an incomplete run is judged by none.
   *
   * @param gateList the gates to ask, in order; their verdicts replace any this result had
   * @return a copy with the gates' verdicts
   */
  public SuiteResult judgedBy(List<Gate> gateList) {
    List<GateVerdict> verdicts = incomplete != null ? List.of() : gateList.stream().map(gate -> gate.evaluate(this)).toList();
    return new SuiteResult(suite, target, targetKind, sync, batchId, cases, incomplete, started, finished, verdicts,
        confirmation);
  }

  /**
   * Every run, test case by test case.
   *
   * @return a new list, in suite order and attempt order within a case
   */
  public List<RunResult> runs() {
    return cases.stream().flatMap(testCase -> testCase.runs().stream()).toList();
  }

  /**
   * The failed runs.
   *
   * @return the runs judged failed, in the order of {@link #runs()}
   */
  public List<RunResult> failures() {
    return runs().stream().filter(run -> Boolean.FALSE.equals(run.successful())).toList();
  }

  /**
   * Runs judged successful.
   *
   * @return the count over every test case
   */
  public long passed() {
    return cases.stream().mapToLong(CaseResult::passed).sum();
  }

  /**
   * Runs judged failed.
   *
   * @return the count over every test case
   */
  public long failed() {
    return cases.stream().mapToLong(CaseResult::failed).sum();
  }

  /**
   * Runs not judged yet.
   *
   * @return the count over every test case
   */
  public long pending() {
    return cases.stream().mapToLong(CaseResult::pending).sum();
  }

  /**
   * Passed over judged runs; empty when none is judged.
   *
   * @return a fraction from 0 to 1 over every test case, or empty
   */
  public OptionalDouble passRate() {
    return rate(passed(), failed());
  }

  /**
   * The statistical gate's comparison with the baseline, when a {@link BaselineGate} judged this run.
   *
   * @return the first such gate's comparison, or empty
   */
  public Optional<StatisticalVerdict> statistics() {
    return gates.stream().map(GateVerdict::statistics).filter(Objects::nonNull).findFirst();
  }

  /**
   * Incomplete when the batch did not complete, failed when a gate failed, else passed.
   *
   * @return the run's verdict; passed for a complete run that no gate judged
   */
  public Verdict verdict() {
    if (incomplete != null) {
      return Verdict.INCOMPLETE;
    }
    return gates.stream().allMatch(GateVerdict::passed) ? Verdict.PASSED : Verdict.FAILED;
  }

  /**
   * The exit code the verdict stands for.
   *
   * @return {@link ExitCode#OK}, {@link ExitCode#BELOW_THRESHOLD} or {@link ExitCode#API_ERROR}
   */
  public ExitCode exitCode() {
    return exitCodeOf(verdict());
  }

  /** 0 passed, 1 failed, 3 incomplete. */
  static ExitCode exitCodeOf(Verdict verdict) {
    return switch (verdict) {
      case PASSED -> ExitCode.OK;
      case FAILED -> ExitCode.BELOW_THRESHOLD;
      case INCOMPLETE -> ExitCode.API_ERROR;
    };
  }

  /**
   * E.g. {@code PASSED: pass rate 81.3% meets the minimum of 80.0%}, one clause per gate.
   *
   * @return one line, starting with the verdict's name; for an incomplete run, why
   */
  public String verdictLine() {
    if (incomplete != null) {
      return "INCOMPLETE: " + incomplete;
    }
    return verdict().name() + ": " + (gates.isEmpty() ? "no gate" : gates.stream().map(GateVerdict::message)
        .collect(Collectors.joining("; ")));
  }

  /**
   * How long from starting the batch to its report.
   *
   * @return the time between {@link #started()} and {@link #finished()}
   */
  public Duration elapsed() {
    return Duration.between(started, finished);
  }

  /**
   * {@code 81.3%}, or {@code n/a} for no judged run.
   *
   * @param rate a fraction from 0 to 1, or empty
   * @return the percentage to one decimal, in the root locale
   */
  public static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "n/a";
  }

  private static long count(List<RunResult> runs, Predicate<@Nullable Boolean> verdict) {
    return runs.stream().filter(run -> verdict.test(run.successful())).count();
  }

  private static OptionalDouble rate(long passed, long failed) {
    long judged = passed + failed;
    return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / judged);
  }
}
