package ai.sigmamind.suite.stats;

import java.util.Locale;

/** A fraction as people read it in a report: {@code 0.8125} → {@code 81.3%}. */
final class Percent {
  private Percent() {
  }

  static String of(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
