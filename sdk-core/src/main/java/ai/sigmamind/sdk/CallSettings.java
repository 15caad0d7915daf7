package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings a call can override: timeouts and the retry budget. One value shared by the
 * client's options (every field set) and {@link RequestOptions} (only what the call changes), so
 * each rule (positive, at most {@code Integer.MAX_VALUE} ms, retries not negative) is written once.
 */
final class CallSettings {
  static final CallSettings DEFAULTS = new CallSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
      Duration.ofMinutes(2), 2);
  static final CallSettings NONE = new CallSettings(null, null, null, null);

  private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  final @Nullable Duration connectTimeout;
  final @Nullable Duration attemptTimeout;
  final @Nullable Duration overallTimeout;
  final @Nullable Integer maxRetries;

  private CallSettings(@Nullable Duration connectTimeout, @Nullable Duration attemptTimeout,
      @Nullable Duration overallTimeout, @Nullable Integer maxRetries) {
    this.connectTimeout = connectTimeout;
    this.attemptTimeout = attemptTimeout;
    this.overallTimeout = overallTimeout;
    this.maxRetries = maxRetries;
  }

  /** These settings with every one that {@code override} sets replaced by its value. */
  CallSettings overriddenBy(CallSettings override) {
    return new CallSettings(
        override.connectTimeout != null ? override.connectTimeout : connectTimeout,
        override.attemptTimeout != null ? override.attemptTimeout : attemptTimeout,
        override.overallTimeout != null ? override.overallTimeout : overallTimeout,
        override.maxRetries != null ? override.maxRetries : maxRetries);
  }

  /** Adds a line per invalid setting to {@code problems}. */
  void check(List<String> problems) {
    checkTimeout("connectTimeout", connectTimeout, problems);
    checkTimeout("attemptTimeout", attemptTimeout, problems);
    checkTimeout("overallTimeout", overallTimeout, problems);
    if (maxRetries != null && maxRetries < 0) {
      problems.add("maxRetries must be >= 0 but was " + maxRetries);
    }
  }

  private static void checkTimeout(String name, @Nullable Duration value, List<String> problems) {
    if (value == null) {
      return;
    }
    if (value.isNegative() || value.isZero()) {
      problems.add(name + " must be positive but was " + DurationText.format(value));
    } else if (value.compareTo(MAX_TIMEOUT) > 0) {
      problems.add(name + " must be at most " + DurationText.format(MAX_TIMEOUT) + " but was "
          + DurationText.format(value));
    }
  }

  /** The settings that are set, e.g. {@code connectTimeout=10s, maxRetries=2}; empty when none. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    append(text, "connectTimeout", connectTimeout);
    append(text, "attemptTimeout", attemptTimeout);
    append(text, "overallTimeout", overallTimeout);
    if (maxRetries != null) {
      text.append(text.length() == 0 ? "" : ", ").append("maxRetries=").append(maxRetries);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String name, @Nullable Duration value) {
    if (value != null) {
      text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(DurationText.format(value));
    }
  }

  /** Mutable holder behind the client builder and the request options builder. */
  static final class Builder {
    private @Nullable Duration connectTimeout;
    private @Nullable Duration attemptTimeout;
    private @Nullable Duration overallTimeout;
    private @Nullable Integer maxRetries;

    Builder(CallSettings start) {
      this.connectTimeout = start.connectTimeout;
      this.attemptTimeout = start.attemptTimeout;
      this.overallTimeout = start.overallTimeout;
      this.maxRetries = start.maxRetries;
    }

    void connectTimeout(Duration value) {
      this.connectTimeout = Objects.requireNonNull(value, "connectTimeout");
    }

    void attemptTimeout(Duration value) {
      this.attemptTimeout = Objects.requireNonNull(value, "attemptTimeout");
    }

    void overallTimeout(Duration value) {
      this.overallTimeout = Objects.requireNonNull(value, "overallTimeout");
    }

    void maxRetries(int value) {
      this.maxRetries = value;
    }

    CallSettings build() {
      return new CallSettings(connectTimeout, attemptTimeout, overallTimeout, maxRetries);
    }
  }
}
