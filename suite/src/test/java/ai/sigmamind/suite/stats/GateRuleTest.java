package ai.sigmamind.suite.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gate's exact power against a brute-force reference: every table scored with SciPy's
 * {@code fisher_exact}, flagged when p ≤ α and the observed drop ≥ the minimum drop, weighted by
 * {@code binom.pmf}.
 */
class GateRuleTest {
  @ParameterizedTest(name = "n {0}/{1}, {2} → {3}, α {4}")
  @CsvSource({
      "20, 20, 0.9, 0.6,  0.05, 0.15, 0.619049305235587",
      "12, 15, 1.0, 0.85, 0.01, 0.15, 0.003605585845270715",
      // nothing changed: the false-alarm rate, far below α because the test is exact and conservative
      "30, 30, 0.8, 0.8,  0.05, 0.15, 0.023049952466738383",
  })
  void powerMatchesBruteForce(int n1, int n2, double p0, double p1, double alpha, double minDrop, double expected) {
    assertThat(GateRule.of(n1, n2, alpha, minDrop).power(p0, p1)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void noAttemptsOnEitherSideFlagNothing() {
    assertThat(GateRule.of(0, 10, 0.05, 0.15).power(1, 0)).isZero();
    assertThat(GateRule.of(10, 0, 0.05, 0.15).power(1, 0)).isZero();
  }

  @Test
  void dropsAreComparedWithoutFloatingPointSurprises() {
    assertThat(GateRule.dropAtLeast(0.85, 0.70, 0.15)).isTrue();
    assertThat(GateRule.dropAtLeast(0.85, 0.71, 0.15)).isFalse();
  }
}
