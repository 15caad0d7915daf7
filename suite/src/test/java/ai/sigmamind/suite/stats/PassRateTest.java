package ai.sigmamind.suite.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wilson intervals against SciPy 1.17's {@code binomtest(k, n).proportion_ci(method="wilson")}. */
class PassRateTest {
  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
      " 8,  10, 0.4901624715366418,  0.9433178485456248",
      " 0,  10, 0.0,                 0.27753279986288926",
      "10,  10, 0.7224672001371109,  1.0",
      // Newcombe (1998), Table I, example 81/263: 0.2553 to 0.3662
      "81, 263, 0.2552885198782742,  0.36620957698280004",
      " 1,   1, 0.20654931437723745, 1.0",
      "15, 148, 0.06238639953073629, 0.16048724172330803",
  })
  void wilsonIntervalMatchesScipy(int passes, int attempts, double lower, double upper) {
    PassRate.Interval interval = PassRate.of(passes, attempts).interval();

    assertThat(interval.lower()).isCloseTo(lower, within(1e-12));
    assertThat(interval.upper()).isCloseTo(upper, within(1e-12));
  }

  @Test
  void noAttemptsSayNothing() {
    assertThat(PassRate.of(0, 0).interval()).isEqualTo(new PassRate.Interval(0, 1));
    assertThat(PassRate.of(0, 0).rate()).isZero();
  }

  @Test
  void mixedMeansTheAttemptsDisagreed() {
    assertThat(PassRate.of(3, 4).mixed()).isTrue();
    assertThat(PassRate.of(4, 4).mixed()).isFalse();
    assertThat(PassRate.of(0, 4).mixed()).isFalse();
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> PassRate.of(5, 4)).hasMessage("passes must be between 0 and attempts, found 5 of 4");
    assertThatThrownBy(() -> PassRate.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
