package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with an error status. The subclass says which: {@link
 * BadRequestException} 400, {@link AuthenticationException} 401, {@link PermissionDeniedException}
 * 403, {@link NotFoundException} 404, {@link ConflictException} 409, {@link
 * UnprocessableEntityException} 422, {@link RateLimitException} 429, {@link
 * InternalServerException} 5xx, {@link UnexpectedStatusException} any other.
 *
 * <p>The message reads like {@code 404 Not Found on GET /v1/test-runs/job_x: <server message>}.
 * The parsed error body is present only when the body had the documented {@code ApiError} shape;
 * {@link #bodyExcerpt()} keeps at most the first {@value ResponseDetails#EXCERPT_LIMIT} characters of
 * whatever body came back (empty, HTML, ...). The API key is scrubbed from both.
 *
 * <pre>{@code
 * try {
 *   agent.testCases().get("tc_missing");
 * } catch (NotFoundException e) {
 *   System.out.println(e.statusCode() + " " + e.apiError().map(ApiError::message).orElse(""));
 * }
 * }</pre>
 */
public class SigmaMindApiException extends SigmaMindException {
  private static final long serialVersionUID = 1L;

  private final transient ResponseDetails details;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   * Prefer the subclass for the status, as the SDK does.
   *
   * @param details the response's status, request, headers and body excerpt
   */
  public SigmaMindApiException(ResponseDetails details) {
    super(details.message(), null);
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
   * The parsed error body.
   *
   * @return the body as {@link ApiError}, or empty when it had another shape (or there was none)
   */
  public Optional<ApiError> apiError() {
    return Optional.ofNullable(details.apiError());
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
