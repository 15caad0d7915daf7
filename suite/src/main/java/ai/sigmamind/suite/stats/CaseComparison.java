package ai.sigmamind.suite.stats;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One test case, baseline against candidate.
 *
 * <pre>{@code
 * for (CaseComparison compared : result.cases()) {
 *   System.out.println(compared.label() + ": " + compared.verdict() + " " + compared.baseline() + " → " + compared.candidate());
 * }
 * }</pre>
 *
 * @param label the test case's label
 * @param verdict what the gate concluded
 * @param baseline passes out of attempts in the baseline
 * @param candidate passes out of attempts in the candidate batch
 * @param dropPValue the one-sided Fisher p-value for a drop, Holm-adjusted over the compared cases
 * @param gainPValue the same for a rise
 * @param dropInterval the 95 % interval for the drop (Newcombe's hybrid score interval; negative
 *     values are rises): {@link CaseVerdict#UNCHANGED} when it lies wholly below the minimum drop
 * @param attemptsNeeded for {@link CaseVerdict#INSUFFICIENT_EVIDENCE}: the attempts per batch (in
 *     the baseline and the candidate alike) with which an unchanged case would be shown unchanged
 *     with the settings' power; empty otherwise, or when more than
 *     {@value AttemptPlanner#MAX_ATTEMPTS} would be needed
 * @param unstable the attempts disagreed in the baseline or in the candidate: the judge or the
 *     agent is not deterministic on this case, whatever the verdict
 * @param baselinePassing a passing attempt from the baseline, to show beside a failing one
 * @param candidateFailing a failing attempt from the candidate
 * @param confirmation what the confirmation stage did for the case; null when it was not re-run
 */
public record CaseComparison(
    String label, CaseVerdict verdict, PassRate baseline, PassRate candidate,
    double dropPValue, double gainPValue, PassRate.Interval dropInterval, OptionalInt attemptsNeeded, boolean unstable,
    @Nullable TranscriptExcerpt baselinePassing, @Nullable TranscriptExcerpt candidateFailing,
    @Nullable CaseConfirmation confirmation) {

  /**
   * Baseline rate minus candidate rate: positive when the case got worse.
   *
   * @return a fraction from -1 to 1
   */
  public double drop() {
    return baseline.rate() - candidate.rate();
  }

  /**
   * The candidate's passes over both batches: the first and, when the case was re-run, the confirmation.
   *
   * @return the first batch's count plus the confirmation's
   */
  public PassRate candidateOverall() {
    return confirmation == null ? candidate : candidate.plus(confirmation.result());
  }

  /** This comparison with its confirmation stage. */
  CaseComparison confirmed(CaseVerdict finalVerdict, CaseConfirmation stage) {
    return new CaseComparison(label, finalVerdict, baseline, candidate, dropPValue, gainPValue, dropInterval,
        attemptsNeeded, unstable || stage.result().mixed(), baselinePassing, candidateFailing, stage);
  }
}
