package ai.sigmamind.sdk;

/**
 * The API key. Its {@code toString()} is redacted, and {@link #redact} scrubs it from text the
 * server sends back, so the key never reaches a log line, an exception message or a toString.
 */
final class ApiKey {
  static final String REDACTED = "[redacted]";

  private final String value;

  ApiKey(String value) {
    this.value = value;
  }

  String value() {
    return value;
  }

  /** The text with every occurrence of the key replaced, in case the server echoes it. */
  String redact(String text) {
    return value.isEmpty() ? text : text.replace(value, REDACTED);
  }

  /** Whether the key occurs in the text. */
  boolean occursIn(String text) {
    return !value.isEmpty() && text.contains(value);
  }

  @Override
  public String toString() {
    return REDACTED;
  }
}
