package ai.sigmamind.sdk;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads client settings from system properties, then environment variables (a property wins).
 * Unset settings keep the builder's value.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>property</th><th>environment variable</th><th>format</th></tr>
 *   <tr><td>sigmamind.apiKey</td><td>SIGMAMIND_API_KEY</td><td>the key</td></tr>
 *   <tr><td>sigmamind.baseUrl</td><td>SIGMAMIND_BASE_URL</td><td>http(s) URL</td></tr>
 *   <tr><td>sigmamind.connectTimeout</td><td>SIGMAMIND_CONNECT_TIMEOUT</td><td>duration</td></tr>
 *   <tr><td>sigmamind.attemptTimeout</td><td>SIGMAMIND_ATTEMPT_TIMEOUT</td><td>duration</td></tr>
 *   <tr><td>sigmamind.overallTimeout</td><td>SIGMAMIND_OVERALL_TIMEOUT</td><td>duration</td></tr>
 *   <tr><td>sigmamind.maxRetries</td><td>SIGMAMIND_MAX_RETRIES</td><td>integer &gt;= 0</td></tr>
 *   <tr><td>sigmamind.logLevel</td><td>SIGMAMIND_LOG_LEVEL</td><td>NONE, BASIC, HEADERS</td></tr>
 *   <tr><td>sigmamind.appInfo</td><td>SIGMAMIND_APP_INFO</td><td>User-Agent suffix</td></tr>
 * </table>
 *
 * <p>Durations follow {@link DurationText}'s grammar ({@code 90s}, {@code 1h30m}, {@code 30}, {@code PT2M}).
 */
final class ClientEnvironment {
  private final Function<String, @Nullable String> properties;
  private final Function<String, @Nullable String> environment;

  ClientEnvironment(Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  static ClientEnvironment system() {
    return new ClientEnvironment(System::getProperty, System::getenv);
  }

  /** @throws IllegalStateException naming the setting when a value cannot be read */
  void applyTo(SigmaMindClient.Builder builder) {
    String apiKey = lookup("sigmamind.apiKey", "SIGMAMIND_API_KEY");
    if (apiKey != null) {
      builder.apiKey(apiKey);
    }
    String baseUrl = lookup("sigmamind.baseUrl", "SIGMAMIND_BASE_URL");
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    Duration connect = duration("sigmamind.connectTimeout", "SIGMAMIND_CONNECT_TIMEOUT");
    if (connect != null) {
      builder.connectTimeout(connect);
    }
    Duration attempt = duration("sigmamind.attemptTimeout", "SIGMAMIND_ATTEMPT_TIMEOUT");
    if (attempt != null) {
      builder.attemptTimeout(attempt);
    }
    Duration overall = duration("sigmamind.overallTimeout", "SIGMAMIND_OVERALL_TIMEOUT");
    if (overall != null) {
      builder.overallTimeout(overall);
    }
    String maxRetries = lookup("sigmamind.maxRetries", "SIGMAMIND_MAX_RETRIES");
    if (maxRetries != null) {
      builder.maxRetries(parse("sigmamind.maxRetries / SIGMAMIND_MAX_RETRIES", maxRetries, "an integer", Integer::parseInt));
    }
    String logLevel = lookup("sigmamind.logLevel", "SIGMAMIND_LOG_LEVEL");
    if (logLevel != null) {
      builder.logLevel(parse("sigmamind.logLevel / SIGMAMIND_LOG_LEVEL", logLevel, "NONE, BASIC or HEADERS",
          text -> LogLevel.valueOf(text.toUpperCase(Locale.ROOT))));
    }
    String appInfo = lookup("sigmamind.appInfo", "SIGMAMIND_APP_INFO");
    if (appInfo != null) {
      builder.appInfo(appInfo);
    }
  }

  private @Nullable String lookup(String property, String variable) {
    String value = properties.apply(property);
    return value != null ? value : environment.apply(variable);
  }

  private @Nullable Duration duration(String property, String variable) {
    String text = lookup(property, variable);
    if (text == null) {
      return null;
    }
    return parse(property + " / " + variable, text, "a " + DurationText.GRAMMAR, DurationText::parse);
  }

  private static <T> T parse(String setting, String text, String expected, Function<String, T> parser) {
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
      throw new IllegalStateException(setting + " must be " + expected + " but was '" + text + "'", e);
    }
  }
}
