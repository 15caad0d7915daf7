package ai.sigmamind.sdk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one duration grammar of every setting (SDK properties and variables, the {@code sigmamind}
 * tool's flags, the JUnit engine's keys, the Maven plugin's parameters), and the one way durations
 * are printed for people.
 *
 * <p>Accepted, case-insensitive: a number with units from largest to smallest ({@code 500ms},
 * {@code 90s}, {@code 20m}, {@code 1h}, {@code 1h30m}, {@code 1.5h}), plain seconds ({@code 30},
 * {@code 0.5}) or ISO-8601 ({@code PT1M30S}). A setting's duration is always positive.
 *
 * <pre>{@code
 * Duration timeout = DurationText.parse("1h30m");   // PT1H30M
 * String shown = DurationText.format(timeout);      // "1h30m"
 * }</pre>
 */
public final class DurationText {
  /** How the grammar is named in messages and in the settings tables. */
  public static final String GRAMMAR = "a duration: 500ms, 90s, 20m, 1h, 1h30m, plain seconds (30) or ISO-8601 (PT1M30S)";

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
  /** Units from largest to smallest, with their length in nanoseconds. */
  private static final List<String> UNITS = List.of("h", "m", "s", "ms");
  private static final long[] UNIT_NANOS = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L};

  private DurationText() {
  }

  /**
   * Reads a duration in the grammar above.
   *
   * @param text e.g. {@code 90s}, {@code 1h30m}, {@code 30} or {@code PT1M30S}; surrounding spaces ignored
   * @return the duration, positive
   * @throws IllegalArgumentException naming the text and the accepted forms when it is not a
   *     positive duration
   */
  public static Duration parse(String text) {
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    @Nullable Duration duration = trimmed.startsWith("p") ? iso(trimmed) : units(trimmed);
    if (duration == null) {
      throw new IllegalArgumentException("'" + text + "' is not a duration; expected " + GRAMMAR);
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("'" + text + "' is not a positive duration; expected " + GRAMMAR);
    }
    return duration;
  }

  /**
   * Prints a duration as people read it: {@code 3s}, {@code 1m30s}, {@code 2h}, {@code 250ms}.
   *
   * @param duration any duration; days are shown as hours
   * @return the shortest form that {@link #parse} reads back to the same duration (when positive)
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    StringBuilder text = new StringBuilder();
    BigDecimal rest = BigDecimal.valueOf(duration.getSeconds()).multiply(BigDecimal.valueOf(1_000_000_000L))
        .add(BigDecimal.valueOf(duration.getNano()));
    for (int i = 0; i < UNITS.size(); i++) {
      BigDecimal unit = BigDecimal.valueOf(UNIT_NANOS[i]);
      BigDecimal whole = i == UNITS.size() - 1 ? rest.divide(unit) : rest.divideToIntegralValue(unit);
      if (whole.signum() > 0) {
        text.append(whole.stripTrailingZeros().toPlainString()).append(UNITS.get(i));
        rest = rest.subtract(whole.multiply(unit));
      }
    }
    return text.toString();
  }

  private static @Nullable Duration iso(String text) {
    try {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable Duration units(String text) {
    if (NUMBER.matcher(text).matches()) {
      return nanos(new BigDecimal(text), UNIT_NANOS[2]);
    }
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    int smallestUsed = -1;
    while (part.lookingAt()) {
      int unit = UNITS.indexOf(part.group(2));
      if (unit <= smallestUsed) {
        return null; // units repeated or out of order, e.g. 30m1h
      }
      smallestUsed = unit;
      Duration piece = nanos(new BigDecimal(part.group(1)), UNIT_NANOS[unit]);
      if (piece == null) {
        return null;
      }
      total = total.plus(piece);
      end = part.end();
      part.region(end, text.length());
    }
    return end == text.length() && end > 0 ? total : null;
  }

  private static @Nullable Duration nanos(BigDecimal amount, long unitNanos) {
    try {
      return Duration.ofNanos(amount.multiply(BigDecimal.valueOf(unitNanos)).setScale(0, RoundingMode.HALF_UP)
          .longValueExact());
    } catch (ArithmeticException e) {
      return null; // longer than about 292 years
    }
  }
}
