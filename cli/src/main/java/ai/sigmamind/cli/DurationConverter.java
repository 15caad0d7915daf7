package ai.sigmamind.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code 90s}, {@code 20m}, {@code 1.5h}, {@code 500ms} or ISO-8601 ({@code PT20M}); positive. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  @Override
  public Duration convert(String text) {
    Duration duration;
    Matcher simple = SIMPLE.matcher(text.strip().toLowerCase(Locale.ROOT));
    try {
      if (simple.matches()) {
        long millisPerUnit = switch (simple.group(2)) {
          case "ms" -> 1;
          case "s" -> 1_000;
          case "m" -> 60_000;
          default -> 3_600_000;
        };
        duration = Duration.ofMillis(Math.round(Double.parseDouble(simple.group(1)) * millisPerUnit));
      } else {
        duration = Duration.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      duration = Duration.ZERO;
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new CommandLine.TypeConversionException(
          "a positive duration such as 90s, 20m, 1h or PT20M was expected, not '" + text + "'");
    }
    return duration;
  }
}
