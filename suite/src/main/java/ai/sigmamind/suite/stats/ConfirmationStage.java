package ai.sigmamind.suite.stats;

/**
 * The confirmation batch a comparison's verdict also rests on.
 *
 * <pre>{@code
 * ConfirmationStage stage = comparison.confirmation();
 * System.out.println("confirmation batch " + stage.batchId() + ": " + stage.attemptsRun() + " attempts");
 * }</pre>
 *
 * @param batchId the confirmation batch
 * @param plan the plan it ran: which cases, how many attempts, why; and the suspects it left out
 * @param attemptsRun the confirmation attempts judged, over every re-run case: what confirmation cost
 */
public record ConfirmationStage(String batchId, ConfirmationPlan plan, int attemptsRun) {
}
