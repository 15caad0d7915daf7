package ai.sigmamind.suite;

import ai.sigmamind.suite.SyncResult.Action;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link SuiteSync} would do to make the agent's test cases match a suite: which to
 * create, which to update (and which fields), which are unchanged. Made without writing
 * anything, so {@code sigmamind suite sync --dry-run} can show it.
 *
 * <pre>{@code
 * SyncPlan plan = sync.plan(suite);
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

  SyncPlan(Suite suite, List<Step> steps) {
    this.suite = suite;
    this.steps = List.copyOf(steps);
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
    return count(Action.UNCHANGED) < steps.size();
  }

  /**
   * One line per test case: {@code create 'Refund request'}, {@code update 'Billing question' (tc_1): attempt}.
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
    return String.join("\n", lines) + "\n";
  }

  /**
   * {@code 1 to create, 2 to update, 3 unchanged}.
   *
   * @return one line, without a line break
   */
  public String summary() {
    return count(Action.CREATED) + " to create, " + count(Action.UPDATED) + " to update, "
        + count(Action.UNCHANGED) + " unchanged";
  }

  @Override
  public String toString() {
    return "SyncPlan[" + suite.name() + ": " + summary().toLowerCase(Locale.ROOT) + "]";
  }
}
