package ai.sigmamind.suite.stats;

import java.util.List;
import java.util.Map;

/**
 * Which suspect cases the confirmation batch re-runs, with how many attempts, and why the others
 * are not re-run. Made by {@link BaselineComparison#confirmationPlan()} from the first batch.
 *
 * <pre>{@code
 * ConfirmationPlan plan = firstStage.confirmationPlan();
 * plan.confirmed().forEach(c -> System.out.println(c.label() + ": " + c.attempts() + " more attempts, " + c.reason()));
 * }</pre>
 *
 * @param policy the budget and α split the plan was made under
 * @param criticalValue per case, the stage-2 p-value at or below which a confirmation shows a drop
 *     (keyed by label, for every suspect case)
 * @param suspects every case the first batch left suspect, in the candidate's order: those with
 *     attempts to run, and those without, each with the reason
 */
public record ConfirmationPlan(
    ConfirmationPolicy policy, List<Suspect> suspects, Map<String, Double> criticalValue) {
  /**
   * Copies the lists.
   *
   * @param policy see {@link #policy()}
   * @param suspects see {@link #suspects()}; copied
   * @param criticalValue see {@link #criticalValue()}; copied
   */
  public ConfirmationPlan {
    suspects = List.copyOf(suspects);
    criticalValue = Map.copyOf(criticalValue);
  }

  /**
   * One suspect case.
   *
   * @param label the test case's label
   * @param attempts the confirmation attempts planned for it; 0 when it is not re-run
   * @param reason why it is suspect, and why it gets these attempts or none, in a sentence
   */
  public record Suspect(String label, int attempts, String reason) {
  }

  /**
   * The cases to re-run.
   *
   * @return the suspects with attempts planned, in the candidate's order
   */
  public List<Suspect> confirmed() {
    return suspects.stream().filter(suspect -> suspect.attempts() > 0).toList();
  }

  /**
   * What the confirmation batch costs.
   *
   * @return the planned attempts summed over the cases, at most the budget
   */
  public int totalAttempts() {
    return suspects.stream().mapToInt(Suspect::attempts).sum();
  }
}
