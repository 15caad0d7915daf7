package ai.sigmamind.sdk;

import org.jspecify.annotations.Nullable;

/**
 * Makes text that came from the server (or from a parser quoting it) safe to keep in an exception
 * or a log line: the API key scrubbed, then the length bounded. Scrubbing comes first, so a cut can
 * never leave part of the key behind.
 */
final class ServerText {
  /** Longest message a parser or I/O complaint keeps, in characters. */
  static final int MESSAGE_LIMIT = 200;
  /** Of a message cut to {@link #MESSAGE_LIMIT}, the tail kept: where parsers say "at path $.x". */
  private static final int TAIL = 60;

  private final ApiKey apiKey;

  ServerText(ApiKey apiKey) {
    this.apiKey = apiKey;
  }

  /** The text scrubbed of the key and cut to {@code limit} characters (head, marker, tail). */
  String clean(String text, int limit) {
    String scrubbed = apiKey.redact(text);
    if (scrubbed.length() <= limit) {
      return scrubbed;
    }
    int tail = Math.min(TAIL, limit / 3);
    int head = limit - tail;
    return scrubbed.substring(0, head) + "…(" + (scrubbed.length() - limit) + " chars cut)…"
        + scrubbed.substring(scrubbed.length() - tail);
  }

  /** {@link #clean(String, int)} at {@link #MESSAGE_LIMIT}. */
  String message(@Nullable String text) {
    return text == null ? "" : clean(text, MESSAGE_LIMIT);
  }

  /**
   * The throwable as it may be kept as a cause: itself when no message in its chain holds the key
   * or runs long, else a {@link ScrubbedCause} copy of the whole chain (same class names, stack
   * traces and cleaned messages), since a Throwable's message cannot be changed in place.
   */
  Throwable cause(Throwable original) {
    for (Throwable t = original; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && (message.length() > MESSAGE_LIMIT || apiKey.occursIn(message))) {
        return copy(original);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return original;
  }

  private ScrubbedCause copy(Throwable original) {
    Throwable next = original.getCause();
    ScrubbedCause copy = new ScrubbedCause(
        original.getClass().getName() + ": " + message(original.getMessage()),
        next == null || next == original ? null : copy(next));
    copy.setStackTrace(original.getStackTrace());
    return copy;
  }

  /** Stands in for a throwable whose message held the key or ran long; its message names the original class.
   * An IOException, so it can stand in as the cause of an I/O failure too. */
  static final class ScrubbedCause extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    ScrubbedCause(String message, @Nullable Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return String.valueOf(getMessage());
    }
  }
}
