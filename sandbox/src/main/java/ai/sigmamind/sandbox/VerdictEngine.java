package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.TestCase;
import org.jspecify.annotations.Nullable;

/**
 * Decides each run's outcome: a {@link Marker} in the test case if there is one, otherwise a
 * seeded draw per (test case id, attempt) against the pass probability, so the same seed always
 * gives the same verdicts.
 */
final class VerdictEngine {
  /** What becomes of one run. */
  enum Outcome { PASS, FAIL, NEVER_COMPLETES }

  private final long seed;
  private final double passProbability;

  VerdictEngine(long seed, double passProbability) {
    this.seed = seed;
    this.passProbability = passProbability;
  }

  Outcome outcome(TestCase testCase, long attempt) {
    Marker marker = Marker.find(nullToEmpty(testCase.userPrompt()), nullToEmpty(testCase.successCriteria()));
    if (marker == null) {
      boolean pass = Seeds.random(seed, "verdict", testCase.testCaseId(), attempt).nextDouble() < passProbability;
      return pass ? Outcome.PASS : Outcome.FAIL;
    }
    return switch (marker) {
      case PASS -> Outcome.PASS;
      case FAIL -> Outcome.FAIL;
      case FLAKY -> attempt % 2 == 1 ? Outcome.PASS : Outcome.FAIL;
      case STUCK -> Outcome.NEVER_COMPLETES;
    };
  }

  private static String nullToEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
