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
public final class ResponseDecodingException extends SigmaMindResponseException {
  private static final long serialVersionUID = 1L;

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
   * @throws IllegalArgumentException if {@code statusCode} is not three digits
   */
  public ResponseDecodingException(
      String message, int statusCode, String method, String path, String bodyExcerpt,
      @Nullable Throwable cause) {
    this(message, ResponseDetails.builder(statusCode).request(method, path).body(bodyExcerpt).build(), cause);
  }

  /**
   * An exception for the success response {@code details} describe, whose body could not be read.
   *
   * @param message what went wrong, already free of the API key
   * @param details the response's status, request, headers and body excerpt
   * @param cause the JSON parser's complaint, or null
   */
  public ResponseDecodingException(String message, ResponseDetails details, @Nullable Throwable cause) {
    super(message, details, cause);
  }
}
