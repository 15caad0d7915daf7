package ai.sigmamind.sdk;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header (RFC 9110): delta-seconds or an HTTP-date. */
final class RetryAfter {
  private RetryAfter() {
  }

  /**
   * How long the header asks to wait from {@code now}; null when absent or unreadable. A date in
   * the past means no wait.
   */
  static @Nullable Duration delay(@Nullable String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      BigDecimal seconds = new BigDecimal(value);
      if (seconds.signum() < 0) {
        return null;
      }
      return Duration.ofMillis(seconds.movePointRight(3).longValue());
    } catch (NumberFormatException | ArithmeticException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
