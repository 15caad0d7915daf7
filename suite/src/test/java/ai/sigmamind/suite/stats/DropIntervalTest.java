package ai.sigmamind.suite.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Newcombe's hybrid score interval against his 1998 paper (Table II, method 10) and a SciPy-based reference. */
class DropIntervalTest {
  @ParameterizedTest(name = "{0}/{1} − {2}/{3}")
  @CsvSource({
      // Newcombe 1998, Table II: (a) 0.0524 to 0.3339, (b) 0.1705 to 0.8090
      "56, 70, 48, 80,  0.052431472402364815, 0.3338726540369059",
      " 9, 10,  3, 10,  0.17052272393450302,  0.8090179735354881",
      " 5, 56,  0, 29, -0.03813714790353688,  0.1925600138551116",
      "20, 20, 20, 20, -0.16112515805281924,  0.16112515805281924",
  })
  void matchesNewcombe(int x1, int n1, int x2, int n2, double lower, double upper) {
    PassRate.Interval interval = DropInterval.of(PassRate.of(x1, n1), PassRate.of(x2, n2));

    assertThat(interval.lower()).isCloseTo(lower, within(1e-12));
    assertThat(interval.upper()).isCloseTo(upper, within(1e-12));
  }

  @Test
  void aPerfectCaseNeedsTwentyTwoAttemptsToRuleOutAFifteenPointDrop() {
    // 21/21 vs 21/21: the drop's upper bound is 0.155; 22/22 vs 22/22: 0.149.
    assertThat(DropInterval.chanceOfRulingOut(21, 1.0, 0.15)).isZero();
    assertThat(DropInterval.chanceOfRulingOut(22, 1.0, 0.15)).isEqualTo(1.0);
    assertThat(DropInterval.attemptsToRuleOut(new double[] {1.0}, 0.15, 0.8)).hasValue(22);
  }
}
