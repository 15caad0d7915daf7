package ai.sigmamind.suite;

import ai.sigmamind.suite.SyncResult.Action;
import ai.sigmamind.suite.SyncResult.RemovedCase;
import ai.sigmamind.suite.SyncResult.RemovedCase.Fate;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link SuiteSync} would do to make the agent's test cases match a suite: which to
 * create, which to update (and which fields), which are unchanged, and the test cases the lock
 * file records that left the suite (kept on the agent, or deleted with {@link #pruning()}). Made
 * without writing anything, so {@code sigmamind suite sync --dry-run} can show it.
 *
 * <pre>{@code
 * SyncPlan plan = sync.plan(suite).pruning();
 * System.out.print(plan.describe());   // "create 'Refund request'", "update 'Billing question' (tc_1): attempt"
 * SyncResult result = sync.apply(plan);
 * }</pre>
 */
public final class SyncPlan {
  /**
   * One suite test case and what the sync would do to it.
   *
   * @param testCase as the suite states it
   * @param testCaseId the agent's copy, or null when it is to be created
   * @param action create, update or leave unchanged
   * @param changedFields for an update, the fields that differ, in suite order
   * @param changes for an update, the partial update request's fields
   */
  record Step(SuiteCase testCase, @Nullable String testCaseId, Action action, List<String> changedFields,
      Consumer<UpdateTestCaseRequest.Builder> changes) {
    Step {
      changedFields = List.copyOf(changedFields);
    }
  }

  private final Suite suite;
  private final List<Step> steps;
  /** The test cases that left the suite, each with its fate when the plan does not prune. */
  private final List<RemovedCase> removed;
  private final boolean prune;

  SyncPlan(Suite suite, List<Step> steps, List<RemovedCase> removed) {
    this(suite, steps, removed, false);
  }

  private SyncPlan(Suite suite, List<Step> steps, List<RemovedCase> removed, boolean prune) {
    this.suite = suite;
    this.steps = List.copyOf(steps);
    this.removed = List.copyOf(removed);
    this.prune = prune;
  }

  /**
   * This plan, also deleting on the agent the test cases that left the suite (and dropping them from the lock file).
   *
   * @return a plan that prunes
   */
  public SyncPlan pruning() {
    return new SyncPlan(suite, steps, removed, true);
  }

  /**
   * The test cases the lock file records that are no longer in the suite, and what applying the plan does with each.
   *
   * @return in lock-file order; {@link Fate#DELETED} for those on the agent when the plan prunes
   */
  public List<RemovedCase> removed() {
    return removed.stream()
        .map(gone -> prune && gone.fate() == Fate.KEPT ? new RemovedCase(gone.label(), gone.testCaseId(), Fate.DELETED) : gone)
        .toList();
  }

  /**
   * The suite this plan is for.
   *
   * @return the suite given to {@link SuiteSync#plan}
   */
  public Suite suite() {
    return suite;
  }

  List<Step> steps() {
    return steps;
  }

  /**
   * How many test cases the plan would create, update or leave unchanged.
   *
   * @param action the kind of step to count
   * @return the number of test cases with that step
   */
  public long count(Action action) {
    return steps.stream().filter(step -> step.action() == action).count();
  }

  /**
   * Whether applying the plan would write anything to the agent.
   *
   * @return false when every test case is unchanged
   */
  public boolean changesAnything() {
    return count(Action.UNCHANGED) < steps.size() || removed().stream().anyMatch(gone -> gone.fate() == Fate.DELETED);
  }

  /**
   * One line per test case: {@code create 'Refund request'}, {@code update 'Billing question' (tc_1): attempt},
   * then one per test case that left the suite: {@code delete 'Angry customer' (tc_2): no longer in the suite}, or
   * what is kept or forgotten.
   *
   * @return the lines, indented by two spaces, each ending in {@code \n}
   */
  public String describe() {
    List<String> lines = new ArrayList<>();
    for (Step step : steps) {
      String verb = switch (step.action()) {
        case CREATED -> "create";
        case UPDATED -> "update";
        case UNCHANGED -> "unchanged";
      };
      lines.add("  " + verb + " '" + step.testCase().label() + "'"
          + (step.testCaseId() == null ? "" : " (" + step.testCaseId() + ")")
          + (step.changedFields().isEmpty() ? "" : ": " + String.join(", ", step.changedFields())));
    }
    for (RemovedCase gone : removed()) {
      lines.add("  " + (gone.fate() == Fate.DELETED
          ? "delete '" + gone.label() + "' (" + gone.testCaseId() + "): no longer in the suite"
          : gone.message()));
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * {@code 1 to create, 2 to update, 3 unchanged}, then the test cases to delete or keep that left the suite, if any.
   *
   * @return one line, without a line break
   */
  public String summary() {
    return count(Action.CREATED) + " to create, " + count(Action.UPDATED) + " to update, "
        + count(Action.UNCHANGED) + " unchanged" + RemovedCase.counts(removed(), "to delete");
  }

  @Override
  public String toString() {
    return "SyncPlan[" + suite.name() + ": " + summary().toLowerCase(Locale.ROOT) + "]";
  }
}
