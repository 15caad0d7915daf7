package ai.sigmamind.bench;

import ai.sigmamind.suite.stats.AttemptPlanner;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Benchmark 8: does the statistical gate tell a real regression from a coin flip, and what do
 * confirmation runs add? Simulates many suites ({@link GateTrial}), records a baseline batch and a
 * candidate batch for each, and counts how often each gate fails the build, on the same draws:
 * <ul>
 *   <li>the statistical gate with confirmation off, and with the default confirmation policy
 *       (suspect cases re-run in one follow-up batch), with the attempts that cost;
 *   <li>the naive threshold, the candidate's overall pass rate below {@code --min-pass-rate 0.8};
 *   <li>the naive comparison a team writes once it keeps a baseline: any case's pass rate fell by
 *       at least the minimum drop (15 points).
 * </ul>
 * Then {@link ConfirmationTradeOff} prints the trade-off of trigger rules and budgets. Verdicts
 * come from the sandbox's public {@code verdict} seam, the same draws its batches make, without
 * a million HTTP round trips.
 *
 * <pre>{@code
 * GateSimulation.main(new String[] {"2000", "14"});   // suites per scenario, seed; prints the tables
 * }</pre>
 */
public final class GateSimulation {
  /** The suite: five cases' true pass probabilities, 84 % on average. */
  static final double[] PASS_PROBABILITIES = {0.95, 0.90, 0.85, 0.80, 0.70};
  /** The drop the planner is asked to catch. */
  static final double DETECT_DROP = 0.3;
  /** Attempts per case many suites use today (the example suite uses one to five). */
  static final int EVERYDAY_ATTEMPTS = 3;

  private GateSimulation() {
  }

  /** The scenarios of the table: nothing changed, a collapse, two 30-point drops, a drift below the minimum drop. */
  static List<GateTrial.Scenario> scenarios() {
    double[] collapseBaseline = PASS_PROBABILITIES.clone();
    collapseBaseline[0] = 1;
    double[] collapsed = collapseBaseline.clone();
    collapsed[0] = 0;
    double[] topFalls = PASS_PROBABILITIES.clone();
    topFalls[0] -= DETECT_DROP;
    double[] lastFalls = PASS_PROBABILITIES.clone();
    lastFalls[4] -= DETECT_DROP;
    double[] allDrift = PASS_PROBABILITIES.clone();
    for (int i = 0; i < allDrift.length; i++) {
      allDrift[i] -= 0.1;
    }
    return List.of(
        new GateTrial.Scenario("nothing changed", PASS_PROBABILITIES, PASS_PROBABILITIES),
        new GateTrial.Scenario("one case collapses 100 % → 0 %", collapseBaseline, collapsed),
        new GateTrial.Scenario("one case falls 95 % → 65 %", PASS_PROBABILITIES, topFalls),
        new GateTrial.Scenario("one case falls 70 % → 40 %", PASS_PROBABILITIES, lastFalls),
        new GateTrial.Scenario("every case falls 10 points (below the minimum drop)", PASS_PROBABILITIES, allDrift));
  }

  public static void main(String[] args) {
    int suites = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
    long started = System.nanoTime();
    System.out.print(report(suites, seed));
    System.out.print(ConfirmationTradeOff.report(suites, seed));
    System.out.printf(Locale.ROOT, "%nSimulated in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** The Markdown table for BENCHMARKS.md §8. */
  static String report(int suites, long seed) {
    int planned = plannedAttempts();
    ConfirmationPolicy policy = ConfirmationPolicy.defaults();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d simulated suites per row, seed %d; five cases at %s; the planner's"
            + " attempts for a %d-point drop (α %s, power %s): %d per case; confirmation: budget %d, %s of α,"
            + " trigger p ≤ %s%n%n",
        suites, seed, percentages(PASS_PROBABILITIES), Math.round(DETECT_DROP * 100), GateTrial.SETTINGS.alpha(),
        GateTrial.SETTINGS.power(), planned, policy.budget(), policy.alphaShare(), policy.triggerPValue()));
    out.append("| scenario | attempts per case | statistical gate fails, confirmation off | with confirmation"
        + " | extra attempts, mean (share of the batch) | naive `--min-pass-rate 0.8` fails"
        + " | naive \"a case fell ≥ 15 points\" fails | cases short of evidence |\n|---|---|---|---|---|---|---|---|\n");
    for (int attempts : new int[] {EVERYDAY_ATTEMPTS, planned}) {
      for (GateTrial.Scenario scenario : scenarios()) {
        GateTrial.Tally tally = GateTrial.simulate(scenario, attempts, attempts, suites, seed, policy);
        out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.2f (%.1f %%) | %s | %s | %s |%n", scenario.name(),
            attempts, GateTrial.share(tally.statistical(), suites), GateTrial.share(tally.confirmed(), suites),
            (double) tally.extraAttempts() / suites, 100 * tally.extraShare(),
            GateTrial.share(tally.naiveThreshold(), suites), GateTrial.share(tally.naiveDrop(), suites),
            GateTrial.share(tally.shortOfEvidence(), suites * PASS_PROBABILITIES.length)));
      }
    }
    return out.toString();
  }

  /** What the planner recommends for these five cases before any baseline exists. */
  static int plannedAttempts() {
    List<String> labels = IntStream.range(0, PASS_PROBABILITIES.length).mapToObj(GateTrial::label).toList();
    return AttemptPlanner.forCases(labels, DETECT_DROP, GateTrial.SETTINGS).cases().get(0).attempts().orElseThrow();
  }

  private static String percentages(double[] probabilities) {
    return String.join(", ", Arrays.stream(probabilities)
        .mapToObj(p -> String.format(Locale.ROOT, "%.0f %%", p * 100)).toList());
  }
}
