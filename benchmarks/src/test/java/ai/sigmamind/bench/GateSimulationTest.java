package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.suite.stats.ConfirmationPolicy;
import org.junit.jupiter.api.Test;

/** Smoke test: a tiny run of the gate simulation, deterministic and consistent. */
class GateSimulationTest {
  private static final int SUITES = 20;

  @Test
  void printsOneRowPerScenarioAndAttempts() {
    assertThat(GateSimulation.report(2, 7)).contains("| scenario | attempts per case | statistical gate fails")
        .contains("| nothing changed | 3 |").contains("| nothing changed | " + GateSimulation.plannedAttempts() + " |")
        .contains("| one case collapses 100 % → 0 % | 3 |");
  }

  @Test
  void theSameSeedGivesTheSameDraws() {
    GateTrial.Scenario scenario = GateSimulation.scenarios().get(4);

    assertThat(GateTrial.simulate(scenario, 10, 10, SUITES, 7, ConfirmationPolicy.defaults()))
        .isEqualTo(GateTrial.simulate(scenario, 10, 10, SUITES, 7, ConfirmationPolicy.defaults()));
  }

  @Test
  void theStatisticalGateFailsOnlyWhereTheNaiveComparisonDoesToo() {
    // A regressed case fell by at least the minimum drop, so whenever the statistical gate fails
    // on a pair of batches the naive "a case fell 15 points" gate fails on the same pair.
    int attempts = GateSimulation.plannedAttempts();
    for (GateTrial.Scenario scenario : GateSimulation.scenarios()) {
      GateTrial.Tally tally = GateTrial.simulate(scenario, attempts, attempts, SUITES, 7, ConfirmationPolicy.off());
      assertThat(tally.statistical()).as(scenario.name()).isLessThanOrEqualTo(tally.naiveDrop());
      assertThat(tally.confirmed()).as("confirmation off").isEqualTo(tally.statistical());
      assertThat(tally.extraAttempts()).isZero();
    }
  }

  @Test
  void aThirtyPointDropIsCaughtAndNothingChangedRarelyFails() {
    int attempts = GateSimulation.plannedAttempts();
    GateTrial.Scenario unchanged = GateSimulation.scenarios().get(0);
    GateTrial.Scenario oneCaseFalls = GateSimulation.scenarios().get(2);

    assertThat(GateTrial.simulate(unchanged, attempts, attempts, SUITES, 7, ConfirmationPolicy.off()).statistical())
        .isLessThanOrEqualTo(2);
    assertThat(GateTrial.simulate(oneCaseFalls, attempts, attempts, SUITES, 7, ConfirmationPolicy.off()).statistical())
        .isGreaterThanOrEqualTo(14);
  }

  @Test
  void aCollapseAtThreeAttemptsIsCaughtOnlyWithConfirmation() {
    GateTrial.Tally tally = GateTrial.simulate(GateSimulation.scenarios().get(1), 3, 3, SUITES, 7,
        ConfirmationPolicy.defaults());

    assertThat(tally.statistical()).isZero();
    assertThat(tally.confirmed()).isEqualTo(SUITES);
    assertThat(tally.extraAttempts()).isPositive();
  }
}
