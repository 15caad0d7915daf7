package ai.sigmamind.suite.stats;

import java.util.List;

/**
 * What {@link AttemptPlanner} recommends: attempts per case and what a batch costs in runs.
 *
 * <pre>{@code
 * Plan plan = AttemptPlanner.forCases(List.of("Refund"), 0.3, GateSettings.defaults());
 * plan.cases().get(0).attempts();  // e.g. OptionalInt[30]
 * }</pre>
 *
 * @param cases one entry per test case
 * @param detectDrop the drop in pass rate the plan is for
 * @param alphaPerCase the α each case is tested at (the overall α over the number of cases)
 * @param power the chance of catching the drop the plan aims at
 */
public record Plan(List<CasePlan> cases, double detectDrop, double alphaPerCase, double power) {
  /**
   * Copies the cases.
   *
   * @param cases see {@link #cases()}; copied
   * @param detectDrop see {@link #detectDrop()}
   * @param alphaPerCase see {@link #alphaPerCase()}
   * @param power see {@link #power()}
   * @throws NullPointerException if {@code cases} is null
   */
  public Plan {
    cases = List.copyOf(cases);
  }

  /**
   * Every case can reach the power within {@value AttemptPlanner#MAX_ATTEMPTS} attempts, or cannot drop that far.
   *
   * @return false when some case needs more than the maximum
   */
  public boolean feasible() {
    return cases.stream().allMatch(plan -> plan.attempts().isPresent() || !plan.canDrop(detectDrop));
  }

  /**
   * Runs one batch of the planned attempts costs (a baseline recording costs the same).
   *
   * @return the planned attempts summed over the cases; a case without a plan counts 0
   */
  public long totalRuns() {
    return cases.stream().mapToLong(plan -> plan.attempts().orElse(0)).sum();
  }
}
