package ai.sigmamind.suite.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {
  @Test
  void matchesRsPAdjust() {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") in R: 0.03 0.06 0.06 0.02
    assertThat(Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}))
        .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
  }

  @Test
  void neverExceedsOne() {
    assertThat(Holm.adjust(new double[] {0.6, 0.9})).containsExactly(1.0, 1.0);
  }

  @Test
  void oneCaseIsLeftAlone() {
    assertThat(Holm.adjust(new double[] {0.042})).containsExactly(0.042);
  }
}
