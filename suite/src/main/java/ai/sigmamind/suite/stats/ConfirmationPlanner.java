package ai.sigmamind.suite.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The confirmation stage: which suspect cases to re-run and with how many attempts, and the
 * verdict on both stages. A case is suspect when the first batch could not settle it
 * ({@link CaseVerdict#INSUFFICIENT_EVIDENCE}), its pass rate fell by at least the minimum drop, and
 * its unadjusted first-stage p-value is at most the policy's trigger.
 *
 * <p>For a suspect case the planner takes the fewest attempts m (up to the budget) with which,
 * if the case still passed as often as it did in the first batch, the stage-2 test would show the
 * drop with at least the settings' power: the "conditional power at the observed effect" of
 * adaptive designs. Cases are granted their attempts cheapest first while the budget lasts.
 *
 * <p>The stage-2 test compares the baseline with the confirmation attempts alone (the first batch,
 * which made the case suspect, is not reused: re-testing it pooled with more attempts would count
 * the evidence that selected the case twice). Its critical value per case is α × share / cases,
 * lowered by {@link StageTwoLevel} so that it holds whatever number of attempts the plan chose.
 */
final class ConfirmationPlanner {
  /** A p-value computed as 0.05000000000000001 still meets a trigger of 0.05 (3/3 against 0/3 is exactly 0.05). */
  private static final double TOLERANCE = 1e-9;

  private ConfirmationPlanner() {
  }

  static ConfirmationPlan plan(BaselineComparison firstStage) {
    ConfirmationPolicy policy = firstStage.policy();
    GateSettings settings = firstStage.settings();
    if (!policy.enabled()) {
      return new ConfirmationPlan(policy, List.of(), Map.of());
    }
    double level = policy.secondStageAlpha(settings.alpha(), firstStage.cases().size());
    Map<String, Double> critical = new HashMap<>();
    Map<String, Integer> needed = new LinkedHashMap<>();
    Map<String, String> why = new LinkedHashMap<>();
    for (CaseComparison compared : firstStage.cases()) {
      Optional<String> suspicion = suspicion(compared, policy, settings);
      if (suspicion.isEmpty()) {
        continue;
      }
      double criticalValue = StageTwoLevel.criticalValue(compared.baseline().attempts(), policy.budget(), level);
      critical.put(compared.label(), criticalValue);
      why.put(compared.label(), suspicion.get());
      needed.put(compared.label(), attemptsToSettle(compared, criticalValue, policy.budget(), settings).orElse(0));
    }
    Map<String, Integer> granted = new HashMap<>();
    int left = policy.budget();
    List<String> cheapestFirst = new ArrayList<>(needed.keySet());
    cheapestFirst.sort(Comparator.comparingInt(needed::get));
    for (String label : cheapestFirst) {
      int attempts = needed.get(label);
      if (attempts > 0 && attempts <= left) {
        granted.put(label, attempts);
        left -= attempts;
      }
    }
    List<ConfirmationPlan.Suspect> suspects = new ArrayList<>();
    for (Map.Entry<String, String> entry : why.entrySet()) {
      String label = entry.getKey();
      int attempts = granted.getOrDefault(label, 0);
      int need = needed.get(label);
      String outcome = attempts > 0 ? "; " + attempts + " more attempts can settle it"
          : need == 0 ? "; not re-run: no number of attempts within the budget of " + policy.budget() + " could settle it"
          : "; not re-run: it needs " + need + " attempts, more than the budget had left";
      suspects.add(new ConfirmationPlan.Suspect(label, attempts, entry.getValue() + outcome));
    }
    return new ConfirmationPlan(policy, suspects, critical);
  }

  /** Why the case is suspect, or empty when it is not. */
  private static Optional<String> suspicion(CaseComparison compared, ConfirmationPolicy policy, GateSettings settings) {
    if (compared.verdict() != CaseVerdict.INSUFFICIENT_EVIDENCE
        || !GateRule.dropAtLeast(compared.baseline().rate(), compared.candidate().rate(), settings.minDrop())) {
      return Optional.empty();
    }
    double rawP = FisherExact.dropPValue(compared.baseline(), compared.candidate());
    if (rawP > policy.triggerPValue() + TOLERANCE) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "fell %s → %s (%s → %s), too few attempts to tell",
        compared.baseline(), compared.candidate(), Percent.of(compared.baseline().rate()),
        Percent.of(compared.candidate().rate())));
  }

  /**
   * The fewest attempts up to the maximum that show the drop with the power, at the first batch's
   * rate. Fewer confirmation passes are stronger evidence, so the attempts that show the drop are
   * those up to some count, and the power is the binomial chance of at most that many passes.
   */
  static OptionalInt attemptsToSettle(CaseComparison compared, double criticalValue, int maxAttempts,
      GateSettings settings) {
    double observed = compared.candidate().rate();
    LogFactorials log = new LogFactorials(maxAttempts);
    for (int m = 1; m <= maxAttempts; m++) {
      double power = 0;
      for (int passes = 0; passes <= m && shows(compared, PassRate.of(passes, m), criticalValue, settings); passes++) {
        power += log.binomial(m, passes, observed);
      }
      if (power >= settings.power()) {
        return OptionalInt.of(m);
      }
    }
    return OptionalInt.empty();
  }

  /** The stage-2 decision: a significant drop against the baseline, and the minimum drop over both batches. */
  private static boolean shows(CaseComparison compared, PassRate confirmation, double criticalValue,
      GateSettings settings) {
    return FisherExact.dropPValue(compared.baseline(), confirmation) <= criticalValue
        && GateRule.dropAtLeast(compared.baseline().rate(), compared.candidate().plus(confirmation).rate(),
            settings.minDrop());
  }

  static BaselineComparison confirm(BaselineComparison firstStage, ConfirmationPlan plan, String batchId,
      SuiteRun confirmation) {
    Map<String, ConfirmationPlan.Suspect> planned = new HashMap<>();
    plan.confirmed().forEach(suspect -> planned.put(suspect.label(), suspect));
    List<CaseComparison> cases = new ArrayList<>();
    int attemptsRun = 0;
    for (CaseComparison compared : firstStage.cases()) {
      ConfirmationPlan.Suspect suspect = planned.get(compared.label());
      Optional<CaseRun> rerun = confirmation.cases().stream()
          .filter(run -> run.label().equals(compared.label())).findFirst();
      if (suspect == null || rerun.isEmpty() || rerun.get().result().attempts() == 0) {
        cases.add(compared);
        continue;
      }
      PassRate result = rerun.get().result();
      attemptsRun += result.attempts();
      // More attempts than the budget (an API that ran extra) need the level for that many.
      double critical = result.attempts() <= plan.policy().budget() ? plan.criticalValue().get(compared.label())
          : StageTwoLevel.criticalValue(compared.baseline().attempts(), result.attempts(),
              plan.policy().secondStageAlpha(firstStage.settings().alpha(), firstStage.cases().size()));
      double pValue = FisherExact.dropPValue(compared.baseline(), result);
      boolean regressed = shows(compared, result, critical, firstStage.settings());
      CaseVerdict verdict = regressed ? CaseVerdict.REGRESSED
          : DropInterval.of(compared.baseline(), compared.candidate().plus(result)).upper() < firstStage.settings().minDrop()
              ? CaseVerdict.UNCHANGED : CaseVerdict.INSUFFICIENT_EVIDENCE;
      cases.add(compared.confirmed(verdict,
          new CaseConfirmation(compared.verdict(), suspect.reason(), result, pValue, critical, regressed)));
    }
    return BaselineComparison.judged(cases, firstStage.newCases(), firstStage.notRun(), firstStage.baselineOverall(),
        firstStage.candidateOverall(), firstStage.settings(), firstStage.policy(),
        new ConfirmationStage(batchId, plan, attemptsRun));
  }
}
