package ai.sigmamind.sdk;

/**
 * How much of each HTTP exchange the SDK logs through SLF4J (logger {@code ai.sigmamind.sdk}, level
 * INFO). Bodies are never logged; {@code X-API-Key}, {@code Authorization}, {@code
 * Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie} values are redacted.
 *
 * <pre>{@code
 * SigmaMindClient client = SigmaMindClient.builder()
 *     .apiKey(key)
 *     .logLevel(LogLevel.HEADERS)
 *     .build();
 * }</pre>
 */
public enum LogLevel {
  /** Nothing is logged (the default). */
  NONE,
  /** One line per request and one per response or failure: method, URL, status, duration. */
  BASIC,
  /** As {@link #BASIC}, plus request and response headers (secrets redacted). */
  HEADERS
}
