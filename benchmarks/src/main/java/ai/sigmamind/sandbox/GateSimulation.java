package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.suite.stats.Attempt;
import ai.sigmamind.suite.stats.AttemptPlanner;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.CaseRun;
import ai.sigmamind.suite.stats.CaseVerdict;
import ai.sigmamind.suite.stats.GateSettings;
import ai.sigmamind.suite.stats.GateVerdict;
import ai.sigmamind.suite.stats.PassRate;
import ai.sigmamind.suite.stats.SuiteRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Benchmark 7: does the statistical gate tell a real regression from a coin flip? Simulates many
 * suites whose verdicts are seeded draws made by the sandbox's own {@link VerdictEngine} (each
 * case carries a {@code [sandbox:p=…]} marker), records a baseline batch and a candidate batch for
 * each, and counts how often each gate fails the build, on the same draws:
 * <ul>
 *   <li>the statistical gate ({@link BaselineComparison} with the default settings);
 *   <li>the naive threshold, the candidate's overall pass rate below {@code --min-pass-rate 0.8};
 *   <li>the naive comparison a team writes once it keeps a baseline: any case's pass rate fell by
 *       at least the minimum drop (15 points).
 * </ul>
 * It lives in the sandbox's package only to draw verdicts with the sandbox's own engine, without
 * a million HTTP round trips.
 *
 * <pre>{@code
 * GateSimulation.main(new String[] {"2000", "14"});   // suites per scenario, seed; prints the tables
 * }</pre>
 */
public final class GateSimulation {
  /** The suite: five cases' true pass probabilities, 84 % on average. */
  static final double[] PASS_PROBABILITIES = {0.95, 0.90, 0.85, 0.80, 0.70};
  /** The naive gate's threshold: the suite runner's default {@code --min-pass-rate}. */
  static final double NAIVE_MIN_PASS_RATE = 0.8;
  /** The drop the planner is asked to catch. */
  static final double DETECT_DROP = 0.3;
  /** Attempts per case many suites use today (the example suite uses one to five). */
  static final int EVERYDAY_ATTEMPTS = 3;
  private static final GateSettings SETTINGS = GateSettings.defaults();
  private static final Instant DATE = Instant.parse("2026-12-01T00:00:00Z");

  private GateSimulation() {
  }

  /** A change to the suite's true pass probabilities between baseline and candidate. */
  record Scenario(String name, double[] candidateProbabilities) {
    static List<Scenario> all() {
      double[] unchanged = PASS_PROBABILITIES.clone();
      double[] topFalls = PASS_PROBABILITIES.clone();
      topFalls[0] -= DETECT_DROP;
      double[] lastFalls = PASS_PROBABILITIES.clone();
      lastFalls[4] -= DETECT_DROP;
      double[] allDrift = PASS_PROBABILITIES.clone();
      for (int i = 0; i < allDrift.length; i++) {
        allDrift[i] -= 0.1;
      }
      return List.of(
          new Scenario("nothing changed", unchanged),
          new Scenario("one case falls 95 % → 65 %", topFalls),
          new Scenario("one case falls 70 % → 40 %", lastFalls),
          new Scenario("every case falls 10 points (below the minimum drop)", allDrift));
    }
  }

  /** How often each gate failed over the simulated suites of one scenario. */
  record Tally(Scenario scenario, int attempts, int suites, int statistical, int naiveThreshold, int naiveDrop,
      int shortOfEvidence) {
  }

  public static void main(String[] args) {
    int suites = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
    System.out.print(report(suites, seed));
  }

  /** The Markdown tables for BENCHMARKS.md. */
  static String report(int suites, long seed) {
    int planned = plannedAttempts();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d simulated suites per row, seed %d; five cases at %s; the planner's"
            + " attempts for a %d-point drop (α %s, power %s): %d per case%n%n",
        suites, seed, percentages(PASS_PROBABILITIES), Math.round(DETECT_DROP * 100), SETTINGS.alpha(), SETTINGS.power(), planned));
    out.append("| scenario | attempts per case | statistical gate fails | naive `--min-pass-rate 0.8` fails"
        + " | naive \"a case fell ≥ 15 points\" fails | cases short of evidence |\n|---|---|---|---|---|---|\n");
    for (int attempts : new int[] {EVERYDAY_ATTEMPTS, planned}) {
      for (Scenario scenario : Scenario.all()) {
        Tally tally = simulate(scenario, attempts, suites, seed);
        out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", scenario.name(), attempts,
            share(tally.statistical(), suites), share(tally.naiveThreshold(), suites), share(tally.naiveDrop(), suites),
            share(tally.shortOfEvidence(), suites * PASS_PROBABILITIES.length)));
      }
    }
    return out.toString();
  }

  /** What the planner recommends for these five cases before any baseline exists. */
  static int plannedAttempts() {
    List<String> labels = IntStream.range(0, PASS_PROBABILITIES.length).mapToObj(GateSimulation::label).toList();
    return AttemptPlanner.forCases(labels, DETECT_DROP, SETTINGS).cases().get(0).attempts().orElseThrow();
  }

  /** Runs {@code suites} baseline/candidate pairs of the scenario and counts each gate's failures. */
  static Tally simulate(Scenario scenario, int attempts, int suites, long seed) {
    VerdictEngine engine = new VerdictEngine(seed, 0.5);
    int statistical = 0;
    int naiveThreshold = 0;
    int naiveDrop = 0;
    int shortOfEvidence = 0;
    for (int suite = 0; suite < suites; suite++) {
      SuiteRun baseline = batch(engine, PASS_PROBABILITIES, "batch_baseline_" + suite, attempts);
      SuiteRun candidate = batch(engine, scenario.candidateProbabilities(), "batch_candidate_" + suite, attempts);
      BaselineComparison result = BaselineComparison.compare(Baseline.record(baseline), candidate, SETTINGS);
      statistical += result.verdict() == GateVerdict.FAILED ? 1 : 0;
      naiveThreshold += candidate.overall().rate() < NAIVE_MIN_PASS_RATE ? 1 : 0;
      naiveDrop += result.cases().stream().anyMatch(compared -> compared.drop() >= SETTINGS.minDrop() - 1e-9) ? 1 : 0;
      shortOfEvidence += result.withVerdict(CaseVerdict.INSUFFICIENT_EVIDENCE).size();
    }
    return new Tally(scenario, attempts, suites, statistical, naiveThreshold, naiveDrop, shortOfEvidence);
  }

  /**
   * One batch as the sandbox would judge it: case i is test case {@code tc_sim_i} with the marker
   * for its probability, so baseline and candidate of a case share their random numbers and differ
   * only where the scenario changed the probability.
   */
  private static SuiteRun batch(VerdictEngine engine, double[] probabilities, String batchId, int attempts) {
    List<CaseRun> cases = new ArrayList<>();
    for (int i = 0; i < probabilities.length; i++) {
      TestCase testCase = TestCase.builder()
          .testCaseId("tc_sim_" + i)
          .userPrompt(String.format(Locale.ROOT, "A customer. [sandbox:p=%.2f]", probabilities[i]))
          .successCriteria("Agent helps.")
          .build();
      List<Attempt> verdicts = new ArrayList<>();
      for (int attempt = 1; attempt <= attempts; attempt++) {
        boolean passed = engine.outcome(testCase, batchId, attempt) == VerdictEngine.Outcome.PASS;
        verdicts.add(new Attempt(attempt, passed, "", ""));
      }
      cases.add(new CaseRun(label(i), verdicts));
    }
    return new SuiteRun("simulated", batchId, DATE, cases);
  }

  private static String label(int i) {
    return "case " + (i + 1);
  }

  private static String share(int count, int total) {
    PassRate rate = PassRate.of(count, total);
    PassRate.Interval interval = rate.interval();
    return String.format(Locale.ROOT, "%.1f %% (%.1f–%.1f)", 100 * rate.rate(), 100 * interval.lower(), 100 * interval.upper());
  }

  private static String percentages(double[] probabilities) {
    return String.join(", ", Arrays.stream(probabilities)
        .mapToObj(p -> String.format(Locale.ROOT, "%.0f %%", p * 100)).toList());
  }
}
