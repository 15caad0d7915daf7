package ai.sigmamind.suite.report;

import ai.sigmamind.suite.StatisticalVerdict;
import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.CaseComparison;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import ai.sigmamind.suite.stats.FlakyCase;
import java.util.Locale;

/**
 * Renders a {@link StatisticalVerdict} as plain text under the {@link ResultTable}: each compared
 * case with its verdict (regressed, improved, unchanged, insufficient evidence and the attempts it
 * needs), then, apart from that, the unstable cases with their 95 % Wilson intervals and the
 * flakiest cases of the history, so "the agent got worse" and "this case is unstable" never mix.
 *
 * <pre>{@code
 * result.statistics().ifPresent(stats -> System.out.print(ComparisonTable.render(stats)));
 * }</pre>
 */
final class ComparisonTable {
  private ComparisonTable() {
  }

  static String render(StatisticalVerdict statistics) {
    BaselineComparison comparison = statistics.comparison();
    int labelWidth = "TEST CASE".length();
    for (CaseComparison compared : comparison.cases()) {
      labelWidth = Math.max(labelWidth, compared.label().length());
    }
    String row = "%-" + labelWidth + "s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Against the baseline %s (α %s, minimum drop %s): %s%n",
        statistics.baselineFile(), comparison.settings().alpha(), StatisticalVerdict.percent(comparison.settings().minDrop()),
        statistics.counts()));
    out.append(statistics.confirmationLine()).append('\n');
    for (ConfirmationPlan.Suspect suspect : statistics.suspects()) {
      out.append("  ").append(suspect.label()).append(": ").append(suspect.reason()).append('\n');
    }
    out.append(String.format(Locale.ROOT, row, "TEST CASE", "VERDICT: BASELINE → CANDIDATE"));
    for (CaseComparison compared : comparison.cases()) {
      out.append(String.format(Locale.ROOT, row, compared.label(), StatisticalVerdict.describe(compared)));
    }
    comparison.newCases().forEach(label -> out.append("  new, not in the baseline: ").append(label).append('\n'));
    comparison.notRun().forEach(label -> out.append("  in the baseline, not run: ").append(label).append('\n'));
    if (!comparison.unstable().isEmpty()) {
      out.append("\nUnstable cases (attempts disagree; pass rate and 95% Wilson interval):\n");
      for (CaseComparison compared : comparison.unstable()) {
        out.append("  ").append(compared.label()).append(": baseline ").append(StatisticalVerdict.withInterval(compared.baseline()))
            .append(", candidate ").append(StatisticalVerdict.withInterval(compared.candidate())).append('\n');
      }
    }
    if (!statistics.flakiest().isEmpty()) {
      out.append("\nFlakiest cases in the history (verdict flips between runs):\n");
      for (FlakyCase flaky : statistics.flakiest()) {
        out.append("  ").append(flaky.label()).append(": ").append(StatisticalVerdict.describe(flaky)).append('\n');
      }
    }
    return out.toString();
  }
}
