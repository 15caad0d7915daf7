package ai.sigmamind.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status, but its body could not be read as the documented
 * type: empty, HTML, truncated JSON or JSON of the wrong shape. Carries the status and at most the
 * first {@value ResponseDetails#EXCERPT_LIMIT} characters of the body; the cause, when present, is the
 * JSON parser's complaint.
 *
 * <pre>{@code
 * try {
 *   agent.testCases().list();
 * } catch (ResponseDecodingException e) {
 *   log.error("unreadable {} response: {}", e.statusCode(), e.bodyExcerpt());
 * }
 * }</pre>
 */
public final class ResponseDecodingException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  // Documented because the serialized form of an exception is public (javadoc lists it).
  /** The (successful) HTTP status. */
  private final int statusCode;
  /** The request's HTTP method. */
  private final String method;
  /** The request's percent-encoded path. */
  private final String path;
  /** At most the first {@value ResponseDetails#EXCERPT_LIMIT} characters of the body. */
  private final String bodyExcerpt;

  /**
   * An exception for a success response whose body could not be read; {@code bodyExcerpt} is cut
   * to its first {@value ResponseDetails#EXCERPT_LIMIT} characters.
   *
   * @param message what went wrong, already free of the API key
   * @param statusCode the (successful) HTTP status, e.g. 200
   * @param method the request's HTTP method, e.g. {@code GET}
   * @param path the request's path as sent, percent-encoded, without the query
   * @param bodyExcerpt the body as received, or its start; empty when there was none
   * @param cause the JSON parser's complaint, or null
   */
  public ResponseDecodingException(
      String message, int statusCode, String method, String path, String bodyExcerpt,
      @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.method = method;
    this.path = path;
    this.bodyExcerpt = bodyExcerpt.length() <= ResponseDetails.EXCERPT_LIMIT
        ? bodyExcerpt : bodyExcerpt.substring(0, ResponseDetails.EXCERPT_LIMIT);
  }

  /**
   * The (successful) HTTP status code.
   *
   * @return the status, e.g. 200
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The request's HTTP method.
   *
   * @return the method in upper case, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The request's path.
   *
   * @return the path as sent, percent-encoded, without the query
   */
  public String path() {
    return path;
  }

  /**
   * The start of the body received.
   *
   * @return at most the first {@value ResponseDetails#EXCERPT_LIMIT} characters of the body; empty
   *     when there was none
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
