package ai.sigmamind.samples;

import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one regression-suite run, in the suite's terms: its test cases by label, each
 * with its runs numbered by attempt, the totals and the verdict against the minimum pass rate.
 * The table, the JUnit XML and the JSON file are all rendered from it.
 *
 * <pre>{@code
 * SuiteResult result = SuiteResult.of(suite, sync, outcome, 0.8);
 * System.out.println(result.verdictLine());
 * return result.exitCode().code();
 * }</pre>
 *
 * @param suite the suite as read
 * @param sync what the sync did
 * @param batchId the batch that ran the suite
 * @param cases one per suite test case, in suite order (then any run naming another test case)
 * @param minPassRate the threshold, 0 to 1
 * @param timeout why the batch is incomplete, or null when it completed
 */
record SuiteResult(Suite suite, SyncResult sync, String batchId, List<CaseResult> cases, double minPassRate,
    @Nullable String timeout) {

  /** Whether the suite passed. */
  enum Verdict { PASSED, BELOW_THRESHOLD, INCOMPLETE }

  /**
   * One run of a test case.
   *
   * @param label the suite's label of its test case
   * @param attempt 1 for the test case's first run in the batch, and so on
   * @param run the run as the API returned it
   */
  record RunResult(String label, int attempt, TestRun run) {
    /** True passed, false failed, null not judged yet. */
    @Nullable Boolean successful() {
      return run.successful();
    }
  }

  /**
   * One test case's runs.
   *
   * @param label the suite's label
   * @param testCaseId the agent's test case
   * @param runs in attempt order
   */
  record CaseResult(String label, String testCaseId, List<RunResult> runs) {
    CaseResult {
      runs = List.copyOf(runs);
    }

    long passed() {
      return count(runs, Boolean.TRUE::equals);
    }

    long failed() {
      return count(runs, Boolean.FALSE::equals);
    }

    long pending() {
      return count(runs, verdict -> verdict == null);
    }

    OptionalDouble passRate() {
      return rate(passed(), failed());
    }
  }

  SuiteResult {
    cases = List.copyOf(cases);
  }

  /** Groups a batch report's runs by the suite's test cases. */
  static SuiteResult of(Suite suite, SyncResult sync, BatchExecution.Outcome outcome, double minPassRate) {
    BatchReport report = outcome.report();
    Map<String, String> labels = new LinkedHashMap<>(sync.labelsById());
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
    return new SuiteResult(suite, sync, report.batch().batchId(), cases, minPassRate, outcome.timeout());
  }

  List<RunResult> runs() {
    return cases.stream().flatMap(testCase -> testCase.runs().stream()).toList();
  }

  List<RunResult> failures() {
    return runs().stream().filter(run -> Boolean.FALSE.equals(run.successful())).toList();
  }

  long passed() {
    return cases.stream().mapToLong(CaseResult::passed).sum();
  }

  long failed() {
    return cases.stream().mapToLong(CaseResult::failed).sum();
  }

  long pending() {
    return cases.stream().mapToLong(CaseResult::pending).sum();
  }

  /** Passed over judged runs; empty when none is judged. */
  OptionalDouble passRate() {
    return rate(passed(), failed());
  }

  Verdict verdict() {
    if (timeout != null) {
      return Verdict.INCOMPLETE;
    }
    return passRate().orElse(0) < minPassRate ? Verdict.BELOW_THRESHOLD : Verdict.PASSED;
  }

  ExitCode exitCode() {
    return switch (verdict()) {
      case PASSED -> ExitCode.OK;
      case BELOW_THRESHOLD -> ExitCode.BELOW_THRESHOLD;
      case INCOMPLETE -> ExitCode.API_ERROR;
    };
  }

  /** E.g. {@code PASSED: pass rate 81.3% meets the minimum of 80.0%}. */
  String verdictLine() {
    String rate = "pass rate " + percent(passRate());
    return switch (verdict()) {
      case PASSED -> "PASSED: " + rate + " meets the minimum of " + percent(OptionalDouble.of(minPassRate));
      case BELOW_THRESHOLD -> "FAILED: " + rate + " is below the minimum of " + percent(OptionalDouble.of(minPassRate));
      case INCOMPLETE -> "INCOMPLETE: " + timeout;
    };
  }

  /** {@code 81.3%}, or {@code n/a} for no judged run. */
  static String percent(OptionalDouble rate) {
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
