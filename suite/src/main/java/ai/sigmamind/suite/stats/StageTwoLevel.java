package ai.sigmamind.suite.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The critical value of the confirmation stage's test, calibrated exactly so that its false-alarm
 * rate stays at most its share of α whatever the number of confirmation attempts turns out to be.
 *
 * <p>The stage-2 test is a one-sided Fisher test of the baseline's attempts against the
 * confirmation attempts alone. How many confirmation attempts a case gets (from 0, not confirmed,
 * to the budget) is decided from the first stage, and so from the same baseline counts the test
 * reuses: with a data-dependent size, Fisher's nominal level is no longer a guarantee. This class
 * bounds the worst case instead: for a baseline of {@code n0} attempts, the chance, at a common
 * pass probability p (no drop), that the test rejects is at most
 * {@code U(p) = Σ_x0 P(x0) · max over m ≤ B of P(reject | x0, m attempts)}: the size chosen by the
 * most adversarial rule that sees the baseline. The critical value is the largest one (at most the
 * level) with {@code max over p of U(p)} at most the level. p is scanned on a grid of step
 * {@value #GRID_STEP}, fine enough for polynomials of these degrees.
 */
final class StageTwoLevel {
  /** Spacing of the pass probabilities scanned for the worst case. */
  static final double GRID_STEP = 0.0025;
  private static final int BISECTIONS = 12;
  private static final Map<String, Double> CACHE = new ConcurrentHashMap<>();

  private final int baselineAttempts;
  private final int maxAttempts;
  /** p-values computed so far: fisher[x0][m] holds the drop p-values of x0/n0 against 0/m, 1/m, … */
  private final double[][][] fisher;

  private StageTwoLevel(int baselineAttempts, int maxAttempts) {
    this.baselineAttempts = baselineAttempts;
    this.maxAttempts = maxAttempts;
    fisher = new double[baselineAttempts + 1][maxAttempts + 1][];
  }

  /** The drop p-value of x0/n0 against y2/m, computed once. */
  private double fisher(int x0, int m, int y2) {
    double[] known = fisher[x0][m];
    if (known == null || known.length <= y2) {
      double[] grown = new double[y2 + 1];
      int from = known == null ? 0 : known.length;
      if (known != null) {
        System.arraycopy(known, 0, grown, 0, from);
      }
      for (int y = from; y <= y2; y++) {
        grown[y] = FisherExact.dropPValue(PassRate.of(x0, baselineAttempts), PassRate.of(y, m));
      }
      fisher[x0][m] = grown;
      known = grown;
    }
    return known[y2];
  }

  /**
   * The calibrated critical value: a stage-2 p-value at most this rejects.
   *
   * @param baselineAttempts the case's baseline attempts, at least 1
   * @param maxAttempts the most confirmation attempts any case can get, at least 1
   * @param level the false-alarm rate the stage may spend on this case
   */
  static double criticalValue(int baselineAttempts, int maxAttempts, double level) {
    String key = baselineAttempts + "/" + maxAttempts + "/" + level;
    return CACHE.computeIfAbsent(key, ignored -> new StageTwoLevel(baselineAttempts, maxAttempts).calibrate(level));
  }

  /** The worst-case false-alarm rate of the stage with this critical value. */
  static double worstCase(int baselineAttempts, int maxAttempts, double critical) {
    return new StageTwoLevel(baselineAttempts, maxAttempts).worstCase(critical);
  }

  private double calibrate(double level) {
    if (worstCase(level) <= level) {
      return level;
    }
    double low = 0;
    double high = level;
    for (int i = 0; i < BISECTIONS; i++) {
      double middle = (low + high) / 2;
      if (worstCase(middle) <= level) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private double worstCase(double critical) {
    // rejectUpTo[m][x0]: the most confirmation passes that still reject (-1: none does). Fewer
    // baseline passes are weaker evidence of a drop, so each m's scan stops at the first x0 with none.
    int[][] rejectUpTo = new int[maxAttempts + 1][];
    int[] lowestRejecting = new int[maxAttempts + 1];
    for (int m = 1; m <= maxAttempts; m++) {
      rejectUpTo[m] = new int[baselineAttempts + 1];
      Arrays.fill(rejectUpTo[m], -1);
      int x0 = baselineAttempts;
      for (; x0 >= 0; x0--) {
        int k = -1;
        while (k < m && fisher(x0, m, k + 1) <= critical) {
          k++;
        }
        if (k < 0) {
          break;
        }
        rejectUpTo[m][x0] = k;
      }
      lowestRejecting[m] = x0 + 1;
    }
    LogFactorials log = new LogFactorials(Math.max(baselineAttempts, maxAttempts));
    double worst = 0;
    for (double p = GRID_STEP; p < 1; p += GRID_STEP) {
      double[] best = new double[baselineAttempts + 1];
      for (int m = 1; m <= maxAttempts; m++) {
        if (lowestRejecting[m] > baselineAttempts) {
          continue;
        }
        int most = rejectUpTo[m][baselineAttempts];
        double[] cdf = new double[most + 1];
        double sum = 0;
        for (int y = 0; y <= most; y++) {
          sum += log.binomial(m, y, p);
          cdf[y] = sum;
        }
        for (int x0 = lowestRejecting[m]; x0 <= baselineAttempts; x0++) {
          best[x0] = Math.max(best[x0], cdf[rejectUpTo[m][x0]]);
        }
      }
      double chance = 0;
      for (int x0 = 0; x0 <= baselineAttempts; x0++) {
        if (best[x0] > 0) {
          chance += log.binomial(baselineAttempts, x0, p) * best[x0];
        }
      }
      worst = Math.max(worst, chance);
    }
    return worst;
  }
}
