package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The client's settings that system properties and environment variables can give (read by
 * {@link SigmaMindClient.Builder#fromEnv()}), described once: the {@code sigmamind} tool, the JUnit
 * engine, the Maven plugin and their settings tables take names, defaults and grammars from here.
 *
 * <pre>{@code
 * for (ClientSetting setting : ClientSetting.values()) {
 *   System.out.println(setting.property() + " / " + setting.environmentVariable() + ": " + setting.description());
 * }
 * }</pre>
 */
public enum ClientSetting {
  /** The workspace's API key. */
  API_KEY("apiKey", "required", "the key, printable ASCII", "The workspace's API key, sent as X-API-Key; never logged.",
      (options, text) -> options.apiKey = text),
  /** The API's base URL. */
  BASE_URL("baseUrl", ClientOptions.DEFAULT_BASE_URL, "an http(s) URL, optionally with a path prefix",
      "The API's base URL.", ClientOptions.Builder::baseUrl),
  /** The longest wait for a connection. */
  CONNECT_TIMEOUT("connectTimeout", defaultOf(CallSettings.DEFAULTS.connectTimeout), DurationText.GRAMMAR,
      "The longest wait for a TCP/TLS connection.",
      (options, text) -> options.calls.connectTimeout(DurationText.parse(text))),
  /** Per attempt, the longest wait for the server. */
  ATTEMPT_TIMEOUT("attemptTimeout", defaultOf(CallSettings.DEFAULTS.attemptTimeout), DurationText.GRAMMAR,
      "Per attempt, the longest wait for the server while sending or reading.",
      (options, text) -> options.calls.attemptTimeout(DurationText.parse(text))),
  /** The deadline of a whole call. */
  OVERALL_TIMEOUT("overallTimeout", defaultOf(CallSettings.DEFAULTS.overallTimeout), DurationText.GRAMMAR,
      "The deadline of a whole call: every attempt and the waits between them.",
      (options, text) -> options.calls.overallTimeout(DurationText.parse(text))),
  /** How often a failed call may be retried. */
  MAX_RETRIES("maxRetries", String.valueOf(CallSettings.DEFAULTS.maxRetries), "an integer, 0 or more",
      "How many times a failed call may be retried; 0 disables retries.",
      (options, text) -> options.calls.maxRetries(Integer.parseInt(text))),
  /** What the SDK logs. */
  LOG_LEVEL("logLevel", "NONE", "NONE, BASIC or HEADERS", "What the SDK logs of each request through SLF4J.",
      (options, text) -> options.logLevel = LogLevel.valueOf(text.toUpperCase(Locale.ROOT))),
  /** Appended to the User-Agent. */
  APP_INFO("appInfo", "none", "printable ASCII, e.g. my-ci/1.4", "Appended to the User-Agent.",
      (options, text) -> options.appInfo = text);

  private final String key;
  private final String defaultValue;
  private final String grammar;
  private final String description;
  private final BiConsumer<ClientOptions.Builder, String> apply;

  ClientSetting(String key, String defaultValue, String grammar, String description,
      BiConsumer<ClientOptions.Builder, String> apply) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.grammar = grammar;
    this.description = description;
    this.apply = apply;
  }

  /**
   * The setting's name, as the builder method is named.
   *
   * @return e.g. {@code overallTimeout}
   */
  public String key() {
    return key;
  }

  /**
   * The system property that gives it.
   *
   * @return e.g. {@code sigmamind.overallTimeout}
   */
  public String property() {
    return "sigmamind." + key;
  }

  /**
   * The environment variable that gives it (a property wins over it).
   *
   * @return e.g. {@code SIGMAMIND_OVERALL_TIMEOUT}
   */
  public String environmentVariable() {
    return "SIGMAMIND_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /**
   * The value used when it is not given.
   *
   * @return e.g. {@code 2m}, or {@code required}
   */
  public String defaultValue() {
    return defaultValue;
  }

  /**
   * What a value looks like.
   *
   * @return e.g. the duration grammar
   */
  public String grammar() {
    return grammar;
  }

  /**
   * One line of documentation.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /** Sets the builder's value from {@code text}; throws IllegalArgumentException when unreadable. */
  void applyTo(ClientOptions.Builder options, String text) {
    apply.accept(options, text);
  }

  private static String defaultOf(@Nullable Duration duration) {
    return DurationText.format(Objects.requireNonNull(duration));
  }
}
