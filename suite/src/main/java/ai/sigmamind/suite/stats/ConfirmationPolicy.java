package ai.sigmamind.suite.stats;

/**
 * Whether and how the gate re-runs suspect cases before it decides: a case the first batch could
 * not settle ({@link CaseVerdict#INSUFFICIENT_EVIDENCE}) whose pass rate fell by at least the
 * minimum drop gets more attempts in one follow-up batch, if the planner says they can settle it
 * within the budget.
 *
 * <p>The false-alarm rate α is split between the two stages, a Bonferroni split: the first batch
 * is judged at α × (1 − {@code alphaShare}) (Holm over the cases, as without confirmation), the
 * confirmation at α × {@code alphaShare} (spread over every compared case, whichever are
 * confirmed). So the chance that an unchanged suite fails the gate stays at most α over both
 * stages and all cases. With a budget of 0 there is no second stage and the first gets all of α.
 *
 * <pre>{@code
 * ConfirmationPolicy policy = ConfirmationPolicy.defaults().withBudget(40);
 * }</pre>
 *
 * @param budget the most confirmation attempts in all, over every case; 0 turns confirmation off
 * @param alphaShare the share of α the confirmation stage spends, strictly between 0 and 1
 * @param triggerPValue a case is confirmed only when its first-stage (unadjusted) Fisher p-value
 *     is at most this; 1 confirms every suspect case the budget allows
 */
public record ConfirmationPolicy(int budget, double alphaShare, double triggerPValue) {
  /**
   * The default budget: enough to confirm a collapse (every attempt failing) of a case recorded
   * with three attempts, in a suite of up to ten cases (21 attempts; 17 in a suite of five).
   */
  public static final int DEFAULT_BUDGET = 24;
  /** The default share of α for the confirmation stage: a tenth, so the first batch keeps most of its power. */
  public static final double DEFAULT_ALPHA_SHARE = 0.1;
  /**
   * The default trigger: a first-stage p-value of at most 0.05, the weakest evidence that still
   * includes a collapse from 3/3 to 0/3; it keeps the attempts spent when nothing changed low.
   */
  public static final double DEFAULT_TRIGGER_P_VALUE = 0.05;
  /** The most confirmation attempts allowed in all. */
  public static final int MAX_BUDGET = 1000;

  /**
   * Checks the values.
   *
   * @param budget see {@link #budget()}
   * @param alphaShare see {@link #alphaShare()}
   * @param triggerPValue see {@link #triggerPValue()}
   * @throws IllegalArgumentException if the budget is negative or above {@value #MAX_BUDGET}, the
   *     share not strictly between 0 and 1, or the trigger not in (0, 1]
   */
  public ConfirmationPolicy {
    if (budget < 0 || budget > MAX_BUDGET) {
      throw new IllegalArgumentException("the confirmation budget must be from 0 (off) to " + MAX_BUDGET
          + " attempts, found " + budget);
    }
    if (!(alphaShare > 0 && alphaShare < 1)) {
      throw new IllegalArgumentException("the confirmation's share of alpha must be strictly between 0 and 1, found "
          + alphaShare);
    }
    if (!(triggerPValue > 0 && triggerPValue <= 1)) {
      throw new IllegalArgumentException("the confirmation trigger must be a p-value in (0, 1], found " + triggerPValue);
    }
  }

  /**
   * A budget of {@value #DEFAULT_BUDGET} attempts, {@value #DEFAULT_ALPHA_SHARE} of α, a trigger of p ≤ {@value #DEFAULT_TRIGGER_P_VALUE}.
   *
   * @return the default policy
   */
  public static ConfirmationPolicy defaults() {
    return new ConfirmationPolicy(DEFAULT_BUDGET, DEFAULT_ALPHA_SHARE, DEFAULT_TRIGGER_P_VALUE);
  }

  /**
   * No confirmation: the first batch is judged at the whole α.
   *
   * @return the default policy with a budget of 0
   */
  public static ConfirmationPolicy off() {
    return defaults().withBudget(0);
  }

  /**
   * This policy with another budget.
   *
   * @param budget from 0 (off) to {@value #MAX_BUDGET}
   * @return a copy with {@code budget}
   */
  public ConfirmationPolicy withBudget(int budget) {
    return new ConfirmationPolicy(budget, alphaShare, triggerPValue);
  }

  /**
   * This policy with another trigger.
   *
   * @param triggerPValue in (0, 1]
   * @return a copy with {@code triggerPValue}
   */
  public ConfirmationPolicy withTriggerPValue(double triggerPValue) {
    return new ConfirmationPolicy(budget, alphaShare, triggerPValue);
  }

  /**
   * Whether there is a confirmation stage.
   *
   * @return true when the budget is above 0
   */
  public boolean enabled() {
    return budget > 0;
  }

  /** The α the first batch is judged at. */
  double firstStageAlpha(double alpha) {
    return enabled() ? alpha * (1 - alphaShare) : alpha;
  }

  /** The α the confirmation of one case is judged at, with {@code cases} compared cases. */
  double secondStageAlpha(double alpha, int cases) {
    return alpha * alphaShare / cases;
  }
}
