package ai.sigmamind.suite.report;

import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.BaselineGate;
import ai.sigmamind.suite.SuiteResult.CaseResult;
import ai.sigmamind.suite.SuiteResult.RunResult;
import java.util.Locale;

/**
 * Renders a {@link SuiteResult} as a plain-text table: a header naming the suite and the target, one row per test case (label, attempts,
 * passed, failed, pass rate), a total row, then each failure with the judge's remarks, and, when a
 * {@link BaselineGate} judged the run, the comparison with the baseline ({@link ComparisonTable}).
 *
 * <pre>{@code
 * System.out.print(ResultTable.render(result));
 * }</pre>
 */
public final class ResultTable {
  private static final String TOTAL = "TOTAL";

  private ResultTable() {
  }

  /**
   * The table, lines ending in {@code \n}.
   *
   * @param result the run to show, complete or not
   * @return the header line, the rows, the failures and any baseline comparison
   */
  public static String render(SuiteResult result) {
    int labelWidth = Math.max("TEST CASE".length(), TOTAL.length());
    for (CaseResult testCase : result.cases()) {
      labelWidth = Math.max(labelWidth, testCase.label().length());
    }
    String row = "%-" + labelWidth + "s  %8s  %6s  %6s  %9s%n";
    StringBuilder out = new StringBuilder();
    out.append("Suite ").append(result.suite().name()).append(", agent ").append(result.suite().agentId())
        .append(", batch ").append(result.batchId()).append(", on the ").append(result.target()).append('\n');
    out.append(String.format(Locale.ROOT, row, "TEST CASE", "ATTEMPTS", "PASSED", "FAILED", "PASS RATE"));
    out.append("-".repeat(labelWidth + 39)).append('\n');
    for (CaseResult testCase : result.cases()) {
      out.append(String.format(Locale.ROOT, row, testCase.label(), testCase.runs().size(), testCase.passed(),
          testCase.failed(), SuiteResult.percent(testCase.passRate())));
    }
    out.append("-".repeat(labelWidth + 39)).append('\n');
    out.append(String.format(Locale.ROOT, row, TOTAL, result.runs().size(), result.passed(), result.failed(),
        SuiteResult.percent(result.passRate())));
    if (result.pending() > 0) {
      out.append('\n').append(result.pending()).append(" run(s) not judged yet are counted in ATTEMPTS only.\n");
    }
    if (!result.failures().isEmpty()) {
      out.append("\nFailures:\n");
      for (RunResult failure : result.failures()) {
        String remarks = failure.run().remarks();
        out.append("  ").append(failure.label()).append(", attempt ").append(failure.attempt())
            .append(" (").append(failure.run().jobId()).append("): ")
            .append(remarks == null || remarks.isBlank() ? "(no remarks)" : remarks.strip().replaceAll("\\s+", " "))
            .append('\n');
      }
    }
    result.statistics().ifPresent(statistics -> out.append('\n').append(ComparisonTable.render(statistics)));
    return out.toString();
  }
}
