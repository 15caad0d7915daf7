package ai.sigmamind.bench;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.stats.Attempt;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.CaseRun;
import ai.sigmamind.suite.stats.CaseVerdict;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.GateSettings;
import ai.sigmamind.suite.stats.PassRate;
import ai.sigmamind.suite.stats.SuiteRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Simulated baseline/candidate pairs of one scenario, judged by every gate on the same draws: the
 * statistical gate without and with confirmation runs, and the two naive gates. Verdicts are the
 * sandbox's own seeded draws ({@link SigmaMindSandbox#verdict}, a {@code [sandbox:p=…]} marker per
 * case, without HTTP), so baseline, candidate and confirmation of a case differ only by batch and
 * where the scenario changed the probability.
 */
final class GateTrial {
  /** The naive gate's threshold: the suite runner's default {@code --min-pass-rate}. */
  static final double NAIVE_MIN_PASS_RATE = 0.8;
  static final GateSettings SETTINGS = GateSettings.defaults();
  private static final Instant DATE = Instant.parse("2026-12-01T00:00:00Z");

  private GateTrial() {
  }

  /** A change to the suite's true pass probabilities between baseline and candidate. */
  record Scenario(String name, double[] baselineProbabilities, double[] candidateProbabilities) {
  }

  /** How often each gate failed over the simulated suites of one scenario, and what confirmation cost. */
  record Tally(int suites, int statistical, int confirmed, long extraAttempts, int naiveThreshold, int naiveDrop,
      int shortOfEvidence, int batchAttempts) {
    /** Mean confirmation attempts per suite, as a share of one candidate batch. */
    double extraShare() {
      return (double) extraAttempts / suites / batchAttempts;
    }
  }

  /** Runs {@code suites} pairs of the scenario and counts each gate's failures. */
  static Tally simulate(Scenario scenario, int baselineAttempts, int candidateAttempts, int suites, long seed,
      ConfirmationPolicy policy) {
    // Never started: it only draws verdicts. Every case carries a marker, so the pass probability is unused.
    SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seed(seed).build();
    int statistical = 0;
    int confirmed = 0;
    long extraAttempts = 0;
    int naiveThreshold = 0;
    int naiveDrop = 0;
    int shortOfEvidence = 0;
    for (int suite = 0; suite < suites; suite++) {
      SuiteRun baseline = batch(sandbox, scenario.baselineProbabilities(), "batch_baseline_" + suite,
          label -> baselineAttempts);
      SuiteRun candidate = batch(sandbox, scenario.candidateProbabilities(), "batch_candidate_" + suite,
          label -> candidateAttempts);
      BaselineComparison plain = BaselineComparison.compare(Baseline.record(baseline), candidate, SETTINGS);
      statistical += plain.passed() ? 0 : 1;
      naiveThreshold += candidate.overall().rate() < NAIVE_MIN_PASS_RATE ? 1 : 0;
      naiveDrop += plain.cases().stream().anyMatch(compared -> compared.drop() >= SETTINGS.minDrop() - 1e-9) ? 1 : 0;
      shortOfEvidence += plain.withVerdict(CaseVerdict.INSUFFICIENT_EVIDENCE).size();

      BaselineComparison firstStage = BaselineComparison.compare(Baseline.record(baseline), candidate, SETTINGS, policy);
      BaselineComparison judged = firstStage;
      ConfirmationPlan plan = firstStage.confirmationPlan();
      if (firstStage.passed() && !plan.confirmed().isEmpty()) {
        Map<String, Integer> attempts = plan.confirmed().stream()
            .collect(Collectors.toMap(ConfirmationPlan.Suspect::label, ConfirmationPlan.Suspect::attempts));
        SuiteRun rerun = batch(sandbox, scenario.candidateProbabilities(), "batch_confirmation_" + suite,
            label -> attempts.getOrDefault(label, 0));
        extraAttempts += plan.totalAttempts();
        judged = firstStage.confirmedWith(plan, rerun.batchId(), rerun);
      }
      confirmed += judged.passed() ? 0 : 1;
    }
    int batchAttempts = candidateAttempts * scenario.candidateProbabilities().length;
    return new Tally(suites, statistical, confirmed, extraAttempts, naiveThreshold, naiveDrop, shortOfEvidence,
        batchAttempts);
  }

  /** One batch as the sandbox would judge it: case i is test case {@code tc_sim_i} with the marker for its probability. */
  private static SuiteRun batch(SigmaMindSandbox sandbox, double[] probabilities, String batchId,
      java.util.function.ToIntFunction<String> attemptsOf) {
    List<CaseRun> cases = new ArrayList<>();
    for (int i = 0; i < probabilities.length; i++) {
      int attempts = attemptsOf.applyAsInt(label(i));
      if (attempts == 0) {
        continue;
      }
      TestCase testCase = TestCase.builder()
          .testCaseId("tc_sim_" + i)
          .userPrompt(String.format(Locale.ROOT, "A customer. [sandbox:p=%.2f]", probabilities[i]))
          .successCriteria("Agent helps.")
          .build();
      List<Attempt> verdicts = new ArrayList<>();
      for (int attempt = 1; attempt <= attempts; attempt++) {
        boolean passed = sandbox.verdict(testCase, batchId, attempt) == TestRun.Verdict.PASSED;
        verdicts.add(new Attempt(attempt, passed, "", ""));
      }
      cases.add(new CaseRun(label(i), verdicts));
    }
    return new SuiteRun("simulated", batchId, DATE, cases);
  }

  static String label(int i) {
    return "case " + (i + 1);
  }

  /** {@code 12.3 % (10.9–13.8)}: the share with its 95 % Wilson interval. */
  static String share(int count, int total) {
    PassRate rate = PassRate.of(count, total);
    PassRate.Interval interval = rate.interval();
    return String.format(Locale.ROOT, "%.1f %% (%.1f–%.1f)", 100 * rate.rate(), 100 * interval.lower(),
        100 * interval.upper());
  }
}
