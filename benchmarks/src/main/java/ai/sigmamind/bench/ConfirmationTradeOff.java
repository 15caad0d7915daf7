package ai.sigmamind.bench;

import ai.sigmamind.suite.stats.ConfirmationPolicy;
import java.util.List;
import java.util.Locale;

/**
 * The trade-off of confirmation runs at everyday attempts (3 per case in the candidate): how
 * often a 30-point drop (95 % → 65 %) and a collapse (100 % → 0 %) are caught, against the false
 * alarms and the extra attempts spent when nothing changed, for a few trigger rules and budgets,
 * with the baseline recorded at 3 attempts per case (as the candidate) and at 30.
 */
final class ConfirmationTradeOff {
  static final int[] BASELINE_ATTEMPTS = {3, 30};
  static final double[] TRIGGERS = {1, 0.2, 0.1, 0.05};
  static final int[] BUDGETS = {12, 24, 48};

  private ConfirmationTradeOff() {
  }

  static String report(int suites, long seed) {
    List<GateTrial.Scenario> scenarios = GateSimulation.scenarios();
    GateTrial.Scenario unchanged = scenarios.get(0);
    GateTrial.Scenario collapse = scenarios.get(1);
    GateTrial.Scenario thirtyPoints = scenarios.get(2);
    int attempts = GateSimulation.EVERYDAY_ATTEMPTS;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nTrade-off at %d candidate attempts per case, %d suites per cell, seed %d%n%n",
        attempts, suites, seed));
    out.append("| baseline attempts | trigger: first-stage p ≤ | budget | 30-point drop caught | collapse caught"
        + " | false alarms, nothing changed | extra attempts when nothing changed, mean (share of the batch) |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (int baselineAttempts : BASELINE_ATTEMPTS) {
      for (double trigger : TRIGGERS) {
        for (int budget : BUDGETS) {
          ConfirmationPolicy policy = ConfirmationPolicy.defaults().withBudget(budget).withTriggerPValue(trigger);
          GateTrial.Tally drop = GateTrial.simulate(thirtyPoints, baselineAttempts, attempts, suites, seed, policy);
          GateTrial.Tally collapsed = GateTrial.simulate(collapse, baselineAttempts, attempts, suites, seed, policy);
          GateTrial.Tally quiet = GateTrial.simulate(unchanged, baselineAttempts, attempts, suites, seed, policy);
          out.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %.2f (%.1f %%) |%n", baselineAttempts,
              trigger, budget, GateTrial.share(drop.confirmed(), suites), GateTrial.share(collapsed.confirmed(), suites),
              GateTrial.share(quiet.confirmed(), suites), (double) quiet.extraAttempts() / suites,
              100 * quiet.extraShare()));
        }
      }
    }
    return out.toString();
  }
}
