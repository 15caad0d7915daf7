package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Decides each run's outcome: a {@link Marker} in the test case if there is one, otherwise a
 * seeded draw per (test case id, attempt) against the pass probability, so the same seed always
 * gives the same verdicts. A {@code [sandbox:p=…]} marker draws per (test case id, batch id,
 * attempt) instead, so each batch of the case is a fresh, still reproducible, sample.
 */
final class VerdictEngine {
  private final long seed;
  private final double passProbability;

  VerdictEngine(long seed, double passProbability) {
    this.seed = seed;
    this.passProbability = passProbability;
  }

  /** The verdict the run ends with; {@link Verdict#PENDING} for a run that never completes. */
  Verdict verdict(TestCase testCase, String batchId, long attempt) {
    Marker.Found found = Marker.find(nullToEmpty(testCase.userPrompt()), nullToEmpty(testCase.successCriteria()));
    if (found == null) {
      return draw(passProbability, testCase.testCaseId(), attempt);
    }
    return switch (found.marker()) {
      case PASS -> Verdict.PASSED;
      case FAIL -> Verdict.FAILED;
      case FLAKY -> attempt % 2 == 1 ? Verdict.PASSED : Verdict.FAILED;
      case STUCK -> Verdict.PENDING;
      case PASS_PROBABILITY -> draw(found.passProbability(), testCase.testCaseId(), batchId, attempt);
    };
  }

  private Verdict draw(double probability, Object... key) {
    return Seeds.random(seed, "verdict", key).nextDouble() < probability ? Verdict.PASSED : Verdict.FAILED;
  }

  private static String nullToEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
