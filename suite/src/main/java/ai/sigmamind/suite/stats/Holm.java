package ai.sigmamind.suite.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment: with m cases tested at once, the smallest p-value is compared with
 * α/m, the next with α/(m−1), and so on. An adjusted p-value at most α means the chance that
 * <em>any</em> case is flagged while none really changed stays at most α, whatever the cases'
 * dependence.
 */
final class Holm {
  private Holm() {
  }

  /** Adjusted p-values in the order given. */
  static double[] adjust(double[] pValues) {
    int m = pValues.length;
    Integer[] order = new Integer[m];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
