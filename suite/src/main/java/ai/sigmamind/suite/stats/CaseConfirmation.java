package ai.sigmamind.suite.stats;

/**
 * What the confirmation stage did for one test case: the attempts it ran and what they showed.
 *
 * <pre>{@code
 * CaseConfirmation second = comparison.confirmation();
 * if (second != null && second.regressed()) { ... }   // a drop the first batch could not settle, confirmed
 * }</pre>
 *
 * @param firstStage what the first batch alone concluded (insufficient evidence, for a re-run case)
 * @param reason why the case was re-run, in a sentence
 * @param result passes out of the confirmation attempts judged
 * @param pValue the one-sided Fisher p-value of the baseline against the confirmation attempts
 * @param criticalValue the stage's calibrated critical value for this case: a p-value at most this
 *     shows a drop
 * @param regressed the confirmation showed a drop: p-value at most the critical value, and the
 *     candidate's pass rate over both batches fell by at least the minimum drop
 */
public record CaseConfirmation(CaseVerdict firstStage, String reason, PassRate result, double pValue,
    double criticalValue, boolean regressed) {
}
