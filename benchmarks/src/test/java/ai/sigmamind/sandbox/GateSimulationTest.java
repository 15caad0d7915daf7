package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Smoke test: a tiny run of the gate simulation, deterministic and consistent. */
class GateSimulationTest {
  private static final int SUITES = 20;

  @Test
  void printsOneRowPerScenarioAndAttempts() {
    assertThat(GateSimulation.report(2, 7)).contains("| scenario | attempts per case | statistical gate fails |")
        .contains("| nothing changed | 3 |").contains("| nothing changed | " + GateSimulation.plannedAttempts() + " |");
  }

  @Test
  void theSameSeedGivesTheSameDraws() {
    GateSimulation.Scenario scenario = GateSimulation.Scenario.all().get(3);

    assertThat(GateSimulation.simulate(scenario, 10, SUITES, 7)).isEqualTo(GateSimulation.simulate(scenario, 10, SUITES, 7));
  }

  @Test
  void theStatisticalGateFailsOnlyWhereTheNaiveComparisonDoesToo() {
    // A regressed case fell by at least the minimum drop, so whenever the statistical gate fails
    // on a pair of batches the naive "a case fell 15 points" gate fails on the same pair.
    int attempts = GateSimulation.plannedAttempts();
    for (GateSimulation.Scenario scenario : GateSimulation.Scenario.all()) {
      GateSimulation.Tally tally = GateSimulation.simulate(scenario, attempts, SUITES, 7);
      assertThat(tally.statistical()).as(scenario.name()).isLessThanOrEqualTo(tally.naiveDrop());
    }
  }

  @Test
  void aThirtyPointDropIsCaughtAndNothingChangedRarelyFails() {
    int attempts = GateSimulation.plannedAttempts();
    GateSimulation.Scenario unchanged = GateSimulation.Scenario.all().get(0);
    GateSimulation.Scenario oneCaseFalls = GateSimulation.Scenario.all().get(1);

    assertThat(GateSimulation.simulate(unchanged, attempts, SUITES, 7).statistical()).isLessThanOrEqualTo(2);
    assertThat(GateSimulation.simulate(oneCaseFalls, attempts, SUITES, 7).statistical()).isGreaterThanOrEqualTo(14);
  }
}
