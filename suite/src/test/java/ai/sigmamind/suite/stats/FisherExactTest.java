package ai.sigmamind.suite.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-sided Fisher p-values against SciPy 1.17's {@code fisher_exact} (same as R's {@code fisher.test}). */
class FisherExactTest {
  @ParameterizedTest(name = "{0}/{1} → {2}/{3}")
  @CsvSource({
      // baseline passes, attempts, candidate passes, attempts, p (alternative="greater"), p (alternative="less")
      "18, 20,  9, 20, 0.0028678368500392967, 0.9997841874927526",
      "10, 10,  5, 10, 0.016253869969040248,  1.0",
      " 8, 10,  7, 10, 0.5,                   0.848297213622291",
      "20, 20, 17, 20, 0.1153846153846154,    1.0",
      "45, 50, 30, 50, 0.0004834216015314489, 0.9999283208956695",
      " 3,  5,  0,  5, 0.08333333333333333,   1.0",
      "12, 15,  3, 12, 0.0061672724009512285, 0.9995909424028956",
  })
  void matchesScipy(int x1, int n1, int x2, int n2, double drop, double gain) {
    assertThat(FisherExact.dropPValue(PassRate.of(x1, n1), PassRate.of(x2, n2))).isCloseTo(drop, within(1e-12));
    assertThat(FisherExact.gainPValue(PassRate.of(x1, n1), PassRate.of(x2, n2))).isCloseTo(gain, within(1e-12));
  }
}
