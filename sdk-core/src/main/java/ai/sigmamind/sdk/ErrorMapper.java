package ai.sigmamind.sdk;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The one place failures become SDK exceptions: error statuses, undecodable success bodies and
 * I/O failures. Every text taken from the server or from a parser quoting it (body, headers,
 * request id, messages, causes) is scrubbed of the API key and bounded before it is kept.
 */
final class ErrorMapper {
  private final ServerText text;
  private final Clock clock;

  ErrorMapper(ApiKey apiKey, Clock clock) {
    this.text = new ServerText(apiKey);
    this.clock = clock;
  }

  /** The exception for an error status; {@code body} is the body as read (at most 64 KiB). */
  SigmaMindApiException fromErrorResponse(Response response, String body) {
    int status = response.code();
    ResponseDetails details = details(response, text.clean(body, Integer.MAX_VALUE));
    return switch (status) {
      case 400 -> new BadRequestException(details);
      case 401 -> new AuthenticationException(details);
      case 403 -> new PermissionDeniedException(details);
      case 404 -> new NotFoundException(details);
      case 409 -> new ConflictException(details);
      case 422 -> new UnprocessableEntityException(details);
      case 429 -> new RateLimitException(details, RetryAfter.delay(response.header("Retry-After"), clock.instant()));
      default -> status >= 500 && status <= 599
          ? new InternalServerException(details)
          : new UnexpectedStatusException(details);
    };
  }

  /**
   * The exception for a success status whose body is not the documented type. The parser's
   * complaint is quoted scrubbed and bounded, and kept as cause only in that form.
   */
  ResponseDecodingException undecodable(Response response, String body, String problem, @Nullable Throwable cause) {
    Request request = response.request();
    String safeBody = text.clean(body, ResponseDetails.EXCERPT_LIMIT);
    String complaint = cause == null ? "" : " (" + text.message(cause.getMessage()) + ")";
    String message = response.code() + " on " + request.method() + " " + request.url().encodedPath() + ": " + problem
        + complaint + (safeBody.isEmpty() ? "" : " (body starts: " + ResponseDetails.quote(safeBody) + ")");
    return new ResponseDecodingException(message, details(response, safeBody), cause == null ? null : text.cause(cause));
  }

  /** The response's status, request and headers (scrubbed and bounded) with the already cleaned body. */
  private ResponseDetails details(Response response, String cleanBody) {
    Request request = response.request();
    ResponseDetails.Builder builder = ResponseDetails.builder(response.code())
        .request(request.method(), request.url().encodedPath())
        .body(cleanBody);
    Headers headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      builder.header(headers.name(i), text.clean(headers.value(i), ResponseDetails.EXCERPT_LIMIT));
    }
    return builder.build();
  }

  /**
   * The exception for an attempt that got no (whole) response: a timeout (OkHttp reports every
   * timeout as an {@link InterruptedIOException}) or any other I/O failure.
   */
  SigmaMindException fromIoException(IOException e, Request request) {
    String where = " on " + request.method() + " " + request.url().encodedPath();
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : text.message(e.getMessage());
    IOException ioCause = (IOException) text.cause(e);
    if (e instanceof InterruptedIOException) {
      return new SigmaMindTimeoutException("Timed out" + where + ": " + what, ioCause);
    }
    return new SigmaMindIoException("I/O failure" + where + ": " + what, ioCause);
  }
}
