package ai.sigmamind.suite.stats;

import static ai.sigmamind.suite.stats.Runs.caseRun;
import static ai.sigmamind.suite.stats.Runs.suiteRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The confirmation stage: which cases are re-run, with how many attempts, and the verdict on both stages. */
class ConfirmationTest {
  private static final GateSettings DEFAULTS = GateSettings.defaults();

  /** Five cases recorded at 3/3; case 2 collapses to 0/3 in the candidate. */
  private static BaselineComparison collapse(ConfirmationPolicy policy) {
    SuiteRun baseline = suiteRun("b1", caseRun("case 1", 3, 3), caseRun("case 2", 3, 3), caseRun("case 3", 3, 3),
        caseRun("case 4", 3, 3), caseRun("case 5", 3, 3));
    SuiteRun candidate = suiteRun("b2", caseRun("case 1", 3, 3), caseRun("case 2", 0, 3), caseRun("case 3", 3, 3),
        caseRun("case 4", 3, 3), caseRun("case 5", 3, 3));
    return BaselineComparison.compare(Baseline.record(baseline), candidate, DEFAULTS, policy);
  }

  @Test
  void aCollapseOnThreeAttemptsIsSuspectAndTheFirstStageCannotSettleIt() {
    BaselineComparison firstStage = collapse(ConfirmationPolicy.defaults());

    assertThat(firstStage.passed()).isTrue();
    assertThat(firstStage.cases().get(1).verdict()).isEqualTo(CaseVerdict.INSUFFICIENT_EVIDENCE);
    ConfirmationPlan plan = firstStage.confirmationPlan();
    // α 0.05 × 0.1 / 5 cases = 0.001 per case; 3/3 against 0/m needs 1/C(3+m, 3) ≤ 0.001, so m = 17.
    assertThat(plan.criticalValue().get("case 2")).isEqualTo(0.001, within(1e-12));
    assertThat(plan.confirmed()).singleElement().satisfies(suspect -> {
      assertThat(suspect.label()).isEqualTo("case 2");
      assertThat(suspect.attempts()).isEqualTo(17);
      assertThat(suspect.reason()).isEqualTo(
          "fell 3/3 → 0/3 (100.0% → 0.0%), too few attempts to tell; 17 more attempts can settle it");
    });
    assertThat(plan.totalAttempts()).isEqualTo(17);
  }

  /** The collapse confirmed by 17 attempts of which {@code passes} pass. */
  private static BaselineComparison confirmedWith(int passes) {
    BaselineComparison firstStage = collapse(ConfirmationPolicy.defaults());
    return firstStage.confirmedWith(firstStage.confirmationPlan(), "batch_c",
        suiteRun("batch_c", caseRun("case 2", passes, 17)));
  }

  @Test
  void confirmationAttemptsThatAllFailConfirmTheRegressionAndFailTheGate() {
    BaselineComparison result = confirmedWith(0);

    assertThat(result.passed()).isFalse();
    CaseComparison collapsed = result.cases().get(1);
    assertThat(collapsed.verdict()).isEqualTo(CaseVerdict.REGRESSED);
    CaseConfirmation second = collapsed.confirmation();
    assertThat(second).isNotNull();
    assertThat(second.firstStage()).isEqualTo(CaseVerdict.INSUFFICIENT_EVIDENCE);
    assertThat(second.result()).isEqualTo(PassRate.of(0, 17));
    assertThat(second.pValue()).isEqualTo(1.0 / 1140, within(1e-12));
    assertThat(second.regressed()).isTrue();
    assertThat(collapsed.candidateOverall()).isEqualTo(PassRate.of(0, 20));
    assertThat(result.reasons()).containsExactly("'case 2' regressed, confirmed by re-running it: 3/3 → 0/3, then 0/17"
        + " in 17 more attempts (100.0% → 0.0% over both batches), p = 0.0009 ≤ 0.0010");
    assertThat(result.confirmation()).isEqualTo(
        new ConfirmationStage("batch_c", collapse(ConfirmationPolicy.defaults()).confirmationPlan(), 17));
    assertThat(result.cases().get(0).confirmation()).isNull();
  }

  @Test
  void confirmationAttemptsThatPassClearTheCase() {
    BaselineComparison result = confirmedWith(17);

    assertThat(result.passed()).isTrue();
    assertThat(result.cases().get(1).confirmation().regressed()).isFalse();
    assertThat(result.cases().get(1).verdict()).isEqualTo(CaseVerdict.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void aCaseTheBudgetCannotCoverIsNamedWithTheAttemptsItNeeds() {
    ConfirmationPlan plan = collapse(ConfirmationPolicy.defaults().withBudget(10)).confirmationPlan();

    assertThat(plan.confirmed()).isEmpty();
    assertThat(plan.suspects()).singleElement().satisfies(suspect -> assertThat(suspect.reason())
        .endsWith("not re-run: no number of attempts within the budget of 10 could settle it"));
  }

  @Test
  void theBudgetGoesToTheCheapestCasesFirst() {
    SuiteRun baseline = suiteRun("b1", caseRun("slow", 3, 3), caseRun("cheap", 4, 4), caseRun("other", 3, 3),
        caseRun("more", 3, 3));
    SuiteRun candidate = suiteRun("b2", caseRun("slow", 0, 3), caseRun("cheap", 0, 4), caseRun("other", 3, 3),
        caseRun("more", 3, 3));
    BaselineComparison firstStage = BaselineComparison.compare(Baseline.record(baseline), candidate, DEFAULTS,
        ConfirmationPolicy.defaults().withBudget(15));

    ConfirmationPlan plan = firstStage.confirmationPlan();

    assertThat(plan.suspects()).extracting(ConfirmationPlan.Suspect::label).containsExactly("slow", "cheap");
    assertThat(plan.confirmed()).extracting(ConfirmationPlan.Suspect::label).containsExactly("cheap");
    assertThat(plan.suspects().get(0).reason()).contains("not re-run: it needs").endsWith("more than the budget had left");
    // At 0.05 × 0.1 / 4 per case: 4/4 against 0/10 settles "cheap"; "slow" would need 15 of the 5 left.
    assertThat(plan.totalAttempts()).isEqualTo(10);
  }

  @Test
  void withConfirmationOffTheFirstStageKeepsTheWholeAlphaAndPlansNothing() {
    SuiteRun baseline = suiteRun("b1", caseRun("Refund", 12, 12));
    SuiteRun candidate = suiteRun("b2", caseRun("Refund", 8, 12)); // p = 0.047: within α 0.05, not within 0.045

    BaselineComparison off = BaselineComparison.compare(Baseline.record(baseline), candidate, DEFAULTS);
    BaselineComparison on = BaselineComparison.compare(Baseline.record(baseline), candidate, DEFAULTS,
        ConfirmationPolicy.defaults());

    assertThat(off.policy()).isEqualTo(ConfirmationPolicy.off());
    assertThat(off.cases().get(0).verdict()).isEqualTo(CaseVerdict.REGRESSED);
    assertThat(off.confirmationPlan().suspects()).isEmpty();
    assertThat(on.cases().get(0).verdict()).isEqualTo(CaseVerdict.INSUFFICIENT_EVIDENCE);
    assertThat(on.confirmationPlan().suspects()).extracting(ConfirmationPlan.Suspect::label).containsExactly("Refund");
  }

  @Test
  void theTriggerKeepsCasesWithWeakFirstStageEvidenceOut() {
    Baseline baseline = Baseline.record(suiteRun("b1", caseRun("Refund", 3, 3)));
    SuiteRun candidate = suiteRun("b2", caseRun("Refund", 2, 3)); // 3/3 → 2/3 has p = 0.5

    assertThat(BaselineComparison.compare(baseline, candidate, DEFAULTS, ConfirmationPolicy.defaults())
        .confirmationPlan().suspects()).isEmpty();
    assertThat(BaselineComparison.compare(baseline, candidate, DEFAULTS,
        ConfirmationPolicy.defaults().withTriggerPValue(1)).confirmationPlan().suspects())
        .singleElement().satisfies(suspect -> assertThat(suspect.attempts()).isZero());
  }

  @Test
  void badPoliciesAreRejected() {
    assertThatThrownBy(() -> ConfirmationPolicy.defaults().withBudget(-1)).hasMessageContaining("from 0 (off)");
    assertThatThrownBy(() -> ConfirmationPolicy.defaults().withTriggerPValue(0)).hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> new ConfirmationPolicy(20, 1, 1)).hasMessageContaining("strictly between 0 and 1");
  }

  /**
   * The whole procedure, both stages and every case, enumerated exactly: two cases of three
   * attempts, nothing changed, at several pass probabilities. The chance that the gate fails
   * anywhere stays at most α.
   */
  @Test
  void theFamilyWiseFalseAlarmRateOverBothStagesIsAtMostAlpha() {
    ConfirmationPolicy policy = ConfirmationPolicy.defaults().withBudget(12).withTriggerPValue(1);
    GateSettings loose = DEFAULTS.withAlpha(0.3); // a large α makes false alarms frequent enough to see
    for (double p : new double[] {0.5, 0.7, 0.8, 0.9, 0.95}) {
      double falseAlarm = 0;
      int n = 3;
      for (int x0a = 0; x0a <= n; x0a++) {
        for (int x0b = 0; x0b <= n; x0b++) {
          for (int y1a = 0; y1a <= n; y1a++) {
            for (int y1b = 0; y1b <= n; y1b++) {
              double weight = binomial(n, x0a, p) * binomial(n, x0b, p) * binomial(n, y1a, p) * binomial(n, y1b, p);
              BaselineComparison firstStage = BaselineComparison.compare(
                  Baseline.record(suiteRun("b1", caseRun("a", x0a, n), caseRun("b", x0b, n))),
                  suiteRun("b2", caseRun("a", y1a, n), caseRun("b", y1b, n)), loose, policy);
              falseAlarm += weight * chanceOfFailing(firstStage, p);
            }
          }
        }
      }
      assertThat(falseAlarm).as("p = %s", p).isLessThanOrEqualTo(0.3).isGreaterThan(0);
    }
  }

  /** Over every outcome of the confirmation batch the plan asks for. */
  private static double chanceOfFailing(BaselineComparison firstStage, double p) {
    if (!firstStage.passed()) {
      return 1;
    }
    ConfirmationPlan plan = firstStage.confirmationPlan();
    List<ConfirmationPlan.Suspect> confirmed = plan.confirmed();
    if (confirmed.isEmpty()) {
      return 0;
    }
    double passing = 1;
    for (ConfirmationPlan.Suspect suspect : confirmed) {
      double regressing = 0;
      for (int y2 = 0; y2 <= suspect.attempts(); y2++) {
        BaselineComparison result = firstStage.confirmedWith(plan, "c",
            suiteRun("c", caseRun(suspect.label(), y2, suspect.attempts())));
        boolean regressed = result.cases().stream()
            .anyMatch(c -> c.label().equals(suspect.label()) && c.verdict() == CaseVerdict.REGRESSED);
        regressing += regressed ? binomial(suspect.attempts(), y2, p) : 0;
      }
      passing *= 1 - regressing; // the cases' confirmation attempts are independent draws
    }
    return 1 - passing;
  }

  private static double binomial(int n, int k, double p) {
    return new LogFactorials(n).binomial(n, k, p);
  }

  @Test
  void theStageTwoLevelHoldsWhateverNumberOfAttemptsIsChosen() {
    List<double[]> checked = new ArrayList<>();
    for (int n0 : new int[] {3, 10, 30}) {
      for (int budget : new int[] {5, 20}) {
        double level = 0.002;
        double critical = StageTwoLevel.criticalValue(n0, budget, level);
        assertThat(critical).isLessThanOrEqualTo(level);
        assertThat(StageTwoLevel.worstCase(n0, budget, critical)).as("n0 %s, budget %s", n0, budget)
            .isLessThanOrEqualTo(level);
        checked.add(new double[] {n0, budget, critical});
      }
    }
    assertThat(checked).hasSize(6);
  }

  @Test
  void whereTheWorstCaseExceedsTheLevelTheCriticalValueIsLowered() {
    // 60 baseline attempts and up to 40 confirmation attempts: a rule choosing the size from the
    // baseline could reach about 0.0021 at a nominal 0.002.
    assertThat(StageTwoLevel.worstCase(60, 40, 0.002)).isGreaterThan(0.002);
    double critical = StageTwoLevel.criticalValue(60, 40, 0.002);
    assertThat(critical).isLessThan(0.002);
    assertThat(StageTwoLevel.worstCase(60, 40, critical)).isLessThanOrEqualTo(0.002);
  }
}
