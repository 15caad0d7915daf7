package ai.sigmamind.sdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered, and its answer is the failure: an error status ({@link
 * SigmaMindApiException} and its subclasses) or a success whose body could not be read ({@link
 * ResponseDecodingException}). Either way the response is described by {@link #details()}, with the
 * API key scrubbed and the body cut to its first {@value ResponseDetails#EXCERPT_LIMIT} characters.
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().get(batchId);
 * } catch (SigmaMindResponseException e) {
 *   log.warn("{} on {} {} (request id {})", e.statusCode(), e.method(), e.path(), e.requestId().orElse("-"));
 * }
 * }</pre>
 */
public abstract class SigmaMindResponseException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  private final transient ResponseDetails details;

  /** Only the SDK's own subclasses: a response exception is either kind above. */
  SigmaMindResponseException(String message, ResponseDetails details, @Nullable Throwable cause) {
    super(message, cause);
    this.details = details;
  }

  /**
   * The HTTP status code.
   *
   * @return the status, e.g. 404
   */
  public int statusCode() {
    return details.statusCode();
  }

  /**
   * The request's HTTP method.
   *
   * @return the method in upper case, e.g. {@code GET}
   */
  public String method() {
    return details.method();
  }

  /**
   * The request's path.
   *
   * @return the path as sent, percent-encoded, without the query, e.g. {@code /v1/test-runs/job_x}
   */
  public String path() {
    return details.path();
  }

  /**
   * The start of the response body.
   *
   * @return at most the first {@value ResponseDetails#EXCERPT_LIMIT} characters of the body, as
   *     received; empty when there was none
   */
  public String bodyExcerpt() {
    return details.bodyExcerpt();
  }

  /**
   * The response headers.
   *
   * @return the headers, unmodifiable, names in lower case and sorted
   */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /**
   * Everything the response said, as one value.
   *
   * @return the details this exception was made from
   */
  public ResponseDetails details() {
    return details;
  }

  /**
   * The server's id for the request, to quote to support.
   *
   * @return {@code X-Request-Id}, else {@code Request-Id}, or empty when the response had neither
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }
}
