package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiError;
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
public class SigmaMindApiException extends SigmaMindResponseException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for the response {@code details} describe; the message is derived from them.
   * Prefer the subclass for the status, as the SDK does.
   *
   * @param details the response's status, request, headers and body excerpt
   */
  public SigmaMindApiException(ResponseDetails details) {
    super(details.message(), details, null);
  }

  /**
   * The parsed error body.
   *
   * @return the body as {@link ApiError}, or empty when it had another shape (or there was none)
   */
  public Optional<ApiError> apiError() {
    return Optional.ofNullable(details().apiError());
  }
}
