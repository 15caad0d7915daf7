package ai.sigmamind.suite.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attempts against a brute-force search with SciPy (smallest equal n whose exact power reaches 0.8). */
class AttemptPlannerTest {
  private static final GateSettings DEFAULTS = GateSettings.defaults();

  private static Baseline baselineAt(double... rates) {
    List<BaselineCase> cases = new ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      cases.add(new BaselineCase("case " + i, PassRate.of((int) Math.round(rates[i] * 100), 100), "batch_1",
          Instant.EPOCH, null, null));
    }
    return new Baseline("suite", cases);
  }

  @Test
  void oneCaseAtNinetyPercentNeedsThirtyAttemptsToCatchAThirtyPointDrop() {
    Plan plan = AttemptPlanner.forBaseline(baselineAt(0.9), 0.3, DEFAULTS);

    assertThat(plan.cases()).singleElement().satisfies(casePlan -> {
      assertThat(casePlan.attempts()).hasValue(30);
      assertThat(casePlan.power()).isBetween(0.8, 0.801); // SciPy: 0.8008504643300782
    });
    assertThat(plan.totalRuns()).isEqualTo(30);
    assertThat(plan.alphaPerCase()).isEqualTo(0.05);
  }

  @Test
  void fiveCasesShareαSoEachNeedsMore() {
    Plan plan = AttemptPlanner.forBaseline(baselineAt(0.9, 0.9, 0.9, 0.9, 0.9), 0.3, DEFAULTS);

    assertThat(plan.alphaPerCase()).isEqualTo(0.01);
    assertThat(plan.cases()).allSatisfy(casePlan -> assertThat(casePlan.attempts()).hasValue(46));
    assertThat(plan.totalRuns()).isEqualTo(230);
  }

  @Test
  void theRecommendationIsTheSmallestThatReachesThePower() {
    int attempts = AttemptPlanner.forBaseline(baselineAt(0.7), 0.3, DEFAULTS).cases().get(0).attempts().orElseThrow();

    assertThat(GateRule.of(attempts, attempts, 0.05, 0.15).power(0.7, 0.4)).isGreaterThanOrEqualTo(0.8);
    for (int fewer = 1; fewer < attempts; fewer++) {
      assertThat(GateRule.of(fewer, fewer, 0.05, 0.15).power(0.7, 0.4)).as("%d attempts", fewer).isLessThan(0.8);
    }
  }

  @Test
  void withoutABaselineItPlansForTheHardestRate() {
    Plan plan = AttemptPlanner.forCases(List.of("Refund", "Cancel"), 0.3, DEFAULTS);
    CasePlan refund = plan.cases().get(0);
    int attempts = refund.attempts().orElseThrow();

    assertThat(plan.cases()).extracting(CasePlan::label).containsExactly("Refund", "Cancel");
    assertThat(refund.baselineRate()).isBetween(0.5, 0.8); // the middle rates are the noisiest
    for (double rate : AttemptPlanner.anyRate(0.3)) {
      assertThat(GateRule.of(attempts, attempts, 0.025, 0.15).power(rate, rate - 0.3)).as("rate %s", rate)
          .isGreaterThanOrEqualTo(0.8);
    }
    assertThat(plan.totalRuns()).isEqualTo(2L * attempts);
  }

  @Test
  void aCaseRecordedWithoutAJudgedAttemptIsPlannedAtTheHardestRate() {
    Baseline baseline = new Baseline("suite", List.of(
        new BaselineCase("unjudged", PassRate.of(0, 0), "batch_1", Instant.EPOCH, null, null)));

    CasePlan plan = AttemptPlanner.forBaseline(baseline, 0.3, DEFAULTS).cases().get(0);

    assertThat(plan.attempts()).hasValue(41);
    assertThat(plan.baselineRate()).isEqualTo(0.65);
  }

  @Test
  void aCaseBelowTheDropCannotDropThatFar() {
    Plan plan = AttemptPlanner.forBaseline(baselineAt(0.2, 0.9), 0.3, DEFAULTS);

    assertThat(plan.cases().get(0).attempts()).isEmpty();
    assertThat(plan.cases().get(0).canDrop(0.3)).isFalse();
    assertThat(plan.feasible()).isTrue();
  }

  @Test
  void aDropNoAttemptsCanSeeIsInfeasible() {
    Plan plan = AttemptPlanner.forBaseline(baselineAt(0.5), 0.15, DEFAULTS.withAlpha(0.0001).withPower(0.99));

    assertThat(plan.cases().get(0).attempts()).isEmpty();
    assertThat(plan.feasible()).isFalse();
  }

  @Test
  void refusesADropTheGateWouldIgnore() {
    assertThatThrownBy(() -> AttemptPlanner.forCases(List.of("Refund"), 0.1, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the gate ignores drops smaller than the minimum drop");
    assertThatThrownBy(() -> AttemptPlanner.forCases(List.of(), 0.3, DEFAULTS))
        .hasMessage("a plan needs at least one test case");
  }

  /** The planner table in docs/statistics.md, "The planner: how many attempts". */
  @ParameterizedTest(name = "{1} cases, {0} drop: {2}")
  @CsvSource({"0.3, 1, 41", "0.3, 5, 60", "0.3, 20, 79", "0.2, 5, 131"})
  void theReadmesFiguresWithoutABaseline(double drop, int cases, int attempts) {
    List<String> labels = IntStream.range(0, cases).mapToObj(i -> "case " + i).toList();

    Plan plan = AttemptPlanner.forCases(labels, drop, DEFAULTS);

    assertThat(plan.cases()).allSatisfy(casePlan -> assertThat(casePlan.attempts()).hasValue(attempts));
    assertThat(plan.totalRuns()).isEqualTo((long) cases * attempts);
    assertThat(plan.cases().get(0).baselineRate()).isIn(0.6, 0.65);
  }
}
