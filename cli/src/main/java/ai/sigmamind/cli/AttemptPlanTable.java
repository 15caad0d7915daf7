package ai.sigmamind.cli;

import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.SuiteCase;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.StatisticalVerdict;
import ai.sigmamind.suite.stats.AttemptPlanner;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.CasePlan;
import ai.sigmamind.suite.stats.GateSettings;
import ai.sigmamind.suite.stats.Plan;
import java.util.Locale;
import java.util.Optional;

/**
 * How many attempts per test case a suite needs for the statistical gate to catch a given drop,
 * and what a batch then costs, as a plain-text table beside the attempts the suite file asks for
 * now. With a baseline each case is planned at its recorded pass rate; without one, at the rate
 * where the drop is hardest to see.
 *
 * <pre>{@code
 * System.out.print(AttemptPlanTable.render(suite, Optional.empty(), 0.2, GateSettings.defaults().withPower(0.8)));
 * }</pre>
 */
final class AttemptPlanTable {
  private AttemptPlanTable() {
  }

  /**
   * The plan for {@code suite}.
   *
   * @param suite the suite whose test cases are planned, and whose attempts the table shows as NOW
   * @param baseline its recorded baseline, if any (checked to match the suite)
   * @param detectDrop the drop in pass rate to catch
   * @param settings the gate's significance level, power and minimum drop the plan must meet
   * @return the table, one line per test case, with a header line and a cost summary
   * @throws UsageException if the drop is below the settings' minimum drop or above 1
   */
  public static String render(Suite suite, Optional<Baseline> baseline, double detectDrop, GateSettings settings) {
    Plan plan;
    try {
      plan = baseline.isPresent() ? AttemptPlanner.forBaseline(baseline.get(), detectDrop, settings)
          : AttemptPlanner.forCases(suite.testCases().stream().map(SuiteCase::label).toList(), detectDrop, settings);
    } catch (IllegalArgumentException e) {
      throw new UsageException("Cannot plan: " + e.getMessage(), e);
    }
    int labelWidth = "TEST CASE".length();
    for (CasePlan casePlan : plan.cases()) {
      labelWidth = Math.max(labelWidth, casePlan.label().length());
    }
    String row = "%-" + labelWidth + "s  %13s  %8s  %6s  %3s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Suite %s (%s): attempts per test case to catch a drop of %s with power %s,"
            + " at α %s over %d case(s) (%.4f per case)%n", suite.name(), suite.file(), StatisticalVerdict.percent(detectDrop),
        StatisticalVerdict.percent(plan.power()), settings.alpha(), plan.cases().size(), plan.alphaPerCase()));
    out.append(String.format(Locale.ROOT, row, "TEST CASE", baseline.isPresent() ? "RECORDED RATE" : "ASSUMED RATE",
        "ATTEMPTS", "POWER", "NOW"));
    long now = 0;
    for (CasePlan casePlan : plan.cases()) {
      Optional<SuiteCase> inFile = suite.testCases().stream().filter(testCase -> testCase.label().equals(casePlan.label()))
          .findFirst();
      now += inFile.map(SuiteCase::attempt).orElse(0L);
      String attempts = casePlan.attempts().isPresent() ? String.valueOf(casePlan.attempts().getAsInt())
          : casePlan.canDrop(detectDrop) ? ">" + AttemptPlanner.MAX_ATTEMPTS : "n/a";
      out.append(String.format(Locale.ROOT, row, casePlan.label(), StatisticalVerdict.percent(casePlan.baselineRate()),
          attempts, StatisticalVerdict.percent(casePlan.power()), inFile.map(testCase -> String.valueOf(testCase.attempt())).orElse("-")));
    }
    out.append(String.format(Locale.ROOT, "One batch of the planned attempts costs %d runs (the suite file asks for %d now);"
        + " recording the baseline costs as many.%n", plan.totalRuns(), now));
    if (!plan.feasible()) {
      out.append("Some cases cannot reach that power within ").append(AttemptPlanner.MAX_ATTEMPTS)
          .append(" attempts (>): plan for a larger drop.\n");
    }
    if (plan.cases().stream().anyMatch(casePlan -> !casePlan.canDrop(detectDrop))) {
      out.append("n/a: the recorded rate is below the drop, so the case cannot fall that far.\n");
    }
    return out.toString();
  }
}
