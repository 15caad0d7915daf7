package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The verdicts of one batch: pass rate overall and per test case, and every failed run with the
 * judge's remarks and, when the API returns it, the transcript. Pass rates count judged runs only;
 * runs whose verdict is still null are counted as pending. Immutable.
 *
 * <pre>{@code
 * BatchReport report = agent.batchRuns().report(batchId);
 * System.out.println(report.toTable());
 * if (report.passRate().orElse(0) < 0.9) {
 *   report.failedRuns().forEach(run -> System.err.println(run.jobId() + ": " + run.remarks()));
 *   System.exit(1);
 * }
 * }</pre>
 */
public final class BatchReport {
  /** Key for runs that name no test case. */
  public static final String UNKNOWN_TEST_CASE = "(unknown)";

  private final BatchRun batch;
  private final List<TestRun> runs;
  private final Map<String, TestCaseResult> byTestCase;
  private final List<TestRun> failedRuns;
  private final Tally total;

  private BatchReport(BatchRun batch, List<TestRun> runs) {
    this.batch = batch;
    this.runs = List.copyOf(runs);
    Map<String, @Nullable String> labels = new LinkedHashMap<>();
    for (TestCase testCase : batch.testCases()) {
      labels.put(testCase.testCaseId(), testCase.label());
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    labels.keySet().forEach(id -> tallies.put(id, new Tally()));
    List<TestRun> failed = new ArrayList<>();
    Tally all = new Tally();
    for (TestRun run : this.runs) {
      TestCase testCase = run.testCase();
      String id = testCase == null ? UNKNOWN_TEST_CASE : testCase.testCaseId();
      if (testCase != null && testCase.label() != null) {
        labels.putIfAbsent(id, testCase.label());
      }
      tallies.computeIfAbsent(id, key -> new Tally()).add(run.verdict());
      all.add(run.verdict());
      if (run.verdict() == TestRun.Verdict.FAILED) {
        failed.add(run);
      }
    }
    Map<String, TestCaseResult> results = new LinkedHashMap<>();
    tallies.forEach((id, tally) -> results.put(id, new TestCaseResult(id, labels.get(id), tally.passed, tally.failed, tally.pending)));
    this.byTestCase = Collections.unmodifiableMap(results);
    this.failedRuns = List.copyOf(failed);
    this.total = all;
  }

  /**
   * A report of {@code runs}, the test runs of {@code batch}. Test cases of the batch without runs
   * appear with zero counts.
   *
   * @param batch the batch, whose test cases give the report's rows and their order
   * @param runs every test run of the batch, in list order; copied
   * @return the report, computed once
   */
  public static BatchReport of(BatchRun batch, List<TestRun> runs) {
    return new BatchReport(batch, runs);
  }

  /**
   * The batch as fetched for the report.
   *
   * @return the batch with its test cases and counters
   */
  public BatchRun batch() {
    return batch;
  }

  /**
   * Every run, in list order.
   *
   * @return the runs, unmodifiable
   */
  public List<TestRun> runs() {
    return runs;
  }

  /**
   * Runs judged successful.
   *
   * @return the number of runs whose verdict is true
   */
  public long passed() {
    return total.passed;
  }

  /**
   * Runs judged failed.
   *
   * @return the number of runs whose verdict is false
   */
  public long failed() {
    return total.failed;
  }

  /**
   * Runs not judged yet (null verdict).
   *
   * @return the number of runs whose verdict is null
   */
  public long pending() {
    return total.pending;
  }

  /**
   * The share of judged runs that passed.
   *
   * @return {@code passed / (passed + failed)}, from 0 to 1, printing as e.g. {@code 77.8%};
   *     empty ({@code n/a}) when no run is judged
   */
  public PassRate passRate() {
    return PassRate.of(total.passed, total.failed);
  }

  /**
   * Whether every run is judged and the batch itself is complete.
   *
   * @return true when no run is pending and the batch's counters add up to its total
   */
  public boolean isComplete() {
    return total.pending == 0 && BatchProgress.of(batch).isComplete();
  }

  /**
   * Results per test case.
   *
   * @return the results keyed by testCaseId, unmodifiable, in the batch's order, then in the order
   *     runs of other test cases were first seen
   */
  public Map<String, TestCaseResult> byTestCase() {
    return byTestCase;
  }

  /**
   * The failed runs, each with {@link TestRun#remarks()} and {@link TestRun#conversation()}.
   *
   * @return the runs judged failed, unmodifiable, in list order
   */
  public List<TestRun> failedRuns() {
    return failedRuns;
  }

  /**
   * A plain-text table: a summary line, one row per test case, then one line per failure with its
   * remarks.
   *
   * @return the table, lines ending in {@code \n}, columns padded with spaces
   */
  public String toTable() {
    StringBuilder out = new StringBuilder(summary()).append('\n');
    int idWidth = "TEST CASE".length();
    int labelWidth = "LABEL".length();
    for (TestCaseResult result : byTestCase.values()) {
      idWidth = Math.max(idWidth, result.testCaseId().length());
      labelWidth = Math.max(labelWidth, label(result).length());
    }
    String row = "%-" + idWidth + "s  %-" + labelWidth + "s  %6s  %6s  %7s  %9s%n";
    out.append(String.format(Locale.ROOT, row, "TEST CASE", "LABEL", "PASSED", "FAILED", "PENDING", "PASS RATE"));
    for (TestCaseResult result : byTestCase.values()) {
      out.append(String.format(Locale.ROOT, row, result.testCaseId(), label(result),
          result.passed(), result.failed(), result.pending(), result.passRate()));
    }
    if (!failedRuns.isEmpty()) {
      out.append("Failures:\n");
      for (TestRun run : failedRuns) {
        TestCase testCase = run.testCase();
        out.append("  ").append(run.jobId())
            .append(" (").append(testCase == null ? UNKNOWN_TEST_CASE : testCase.testCaseId()).append("): ")
            .append(run.remarks() == null ? "no remarks" : run.remarks().strip().replaceAll("\\s+", " "))
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The summary line.
   *
   * @return e.g. {@code BatchReport{batch_x: 7 passed, 2 failed, 1 pending, pass rate 77.8%}}
   */
  @Override
  public String toString() {
    return "BatchReport{" + summary() + "}";
  }

  private String summary() {
    return batch.batchId() + ": " + total.passed + " passed, " + total.failed + " failed, " + total.pending
        + " pending, pass rate " + passRate();
  }

  /** The label the API gave (a suite's label, once synced), else the id: never a blank cell. */
  private static String label(TestCaseResult result) {
    return result.label() == null || result.label().isBlank() ? result.testCaseId() : result.label();
  }

  /** Counts of verdicts. */
  private static final class Tally {
    private long passed;
    private long failed;
    private long pending;

    void add(TestRun.Verdict verdict) {
      switch (verdict) {
        case PASSED -> passed++;
        case FAILED -> failed++;
        case PENDING -> pending++;
      }
    }
  }

  /**
   * The verdicts of one test case's runs.
   *
   * <pre>{@code
   * TestCaseResult result = report.byTestCase().get("tc_d17T6uReChpyfFeP");
   * System.out.println(result.label() + ": " + result.passRate().orElse(0));
   * }</pre>
   *
   * @param testCaseId the test case's id ({@link #UNKNOWN_TEST_CASE} for runs naming none)
   * @param label the test case's label, when the API returned one
   * @param passed runs judged successful
   * @param failed runs judged failed
   * @param pending runs not judged yet
   */
  public record TestCaseResult(String testCaseId, @Nullable String label, long passed, long failed, long pending) {

    /**
     * The share of this test case's judged runs that passed.
     *
     * @return {@code passed / (passed + failed)}, from 0 to 1, printing as e.g. {@code 100.0%};
     *     empty ({@code n/a}) when no run is judged
     */
    public PassRate passRate() {
      return PassRate.of(passed, failed);
    }

    /**
     * All runs of the test case.
     *
     * @return passed, failed and pending runs together
     */
    public long total() {
      return passed + failed + pending;
    }
  }
}
