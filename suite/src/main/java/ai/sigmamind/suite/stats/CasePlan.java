package ai.sigmamind.suite.stats;

import java.util.OptionalInt;

/**
 * The planner's answer for one test case.
 *
 * <pre>{@code
 * CasePlan plan = AttemptPlanner.forCases(List.of("Refund"), 0.3, GateSettings.defaults()).cases().get(0);
 * plan.attempts();  // attempts per batch, in the baseline and the candidate alike
 * }</pre>
 *
 * @param label the test case's label
 * @param baselineRate the baseline pass rate the plan assumed: the recorded one, or the hardest one
 *     when there is no baseline
 * @param attempts attempts per batch; empty when the case cannot drop that far (its rate is lower
 *     than the drop) or more than {@value AttemptPlanner#MAX_ATTEMPTS} would be needed
 * @param power the chance of catching the drop with those attempts (with the maximum when empty)
 */
public record CasePlan(String label, double baselineRate, OptionalInt attempts, double power) {
  /**
   * Whether a case at this baseline rate can lose {@code drop} at all.
   *
   * @param drop a fall in pass rate, as a fraction
   * @return false when the baseline rate is below {@code drop}
   */
  public boolean canDrop(double drop) {
    return baselineRate - drop >= -1e-9;
  }
}
