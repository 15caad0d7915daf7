package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The one place failures become SDK exceptions: error statuses, undecodable success bodies and
 * I/O failures. Everything the server sent is scrubbed of the API key before it is kept.
 */
final class ErrorMapper {
  /** Longest body excerpt an exception keeps, in characters. */
  static final int EXCERPT_LIMIT = 512;

  /** Longest piece of a non-JSON body quoted in an exception message. */
  private static final int MESSAGE_QUOTE_LIMIT = 160;

  private final ApiKey apiKey;
  private final Clock clock;

  ErrorMapper(ApiKey apiKey, Clock clock) {
    this.apiKey = apiKey;
    this.clock = clock;
  }

  /** The exception for an error status; {@code body} is the whole body as received. */
  SigmaMindApiException fromErrorResponse(Response response, String body) {
    int status = response.code();
    Request request = response.request();
    String safeBody = apiKey.redact(body);
    ApiError apiError = parseApiError(safeBody);
    String requestId = requestId(response);
    ResponseDetails details = new ResponseDetails(
        status,
        request.method(),
        request.url().encodedPath(),
        apiError,
        excerpt(safeBody),
        redactedHeaders(response),
        requestId);
    String message = describe(status, apiError == null ? null : apiError.error(), request)
        + serverSays(apiError, safeBody)
        + (requestId == null ? "" : " (request id " + requestId + ")");
    switch (status) {
      case 400:
        return new BadRequestException(message, details);
      case 401:
        return new AuthenticationException(message, details);
      case 403:
        return new PermissionDeniedException(message, details);
      case 404:
        return new NotFoundException(message, details);
      case 409:
        return new ConflictException(message, details);
      case 422:
        return new UnprocessableEntityException(message, details);
      case 429:
        return new RateLimitException(
            message, details, RetryAfter.parse(response.header("Retry-After"), clock.instant()));
      default:
        return status >= 500 && status <= 599
            ? new InternalServerException(message, details)
            : new UnexpectedStatusException(message, details);
    }
  }

  /** The exception for a success status whose body is not the documented type. */
  ResponseDecodingException undecodable(Response response, String body, String problem, @Nullable Throwable cause) {
    Request request = response.request();
    String safeBody = apiKey.redact(body);
    String message = describe(response.code(), null, request) + ": " + problem
        + (safeBody.isEmpty() ? "" : " (body starts: " + quote(safeBody) + ")");
    return new ResponseDecodingException(
        message, response.code(), request.method(), request.url().encodedPath(), excerpt(safeBody), cause);
  }

  /**
   * The exception for a call that got no response: a timeout (OkHttp reports every timeout, the
   * overall one included, as an {@link InterruptedIOException}) or any other I/O failure.
   */
  SigmaMindException fromIoException(IOException e, Request request) {
    String where = " on " + request.method() + " " + request.url().encodedPath();
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : apiKey.redact(e.getMessage());
    if (e instanceof InterruptedIOException) {
      return new SigmaMindTimeoutException("Timed out" + where + ": " + what, e);
    }
    return new SigmaMindIoException("I/O failure" + where + ": " + what, e);
  }

  private static String describe(int status, @Nullable String serverReason, Request request) {
    String reason = reasonPhrase(status);
    if (reason.isEmpty() && serverReason != null) {
      reason = serverReason;
    }
    return status + (reason.isEmpty() ? "" : " " + reason) + " on " + request.method() + " "
        + request.url().encodedPath();
  }

  private static String serverSays(@Nullable ApiError apiError, String body) {
    if (apiError != null && apiError.message() != null && !apiError.message().isBlank()) {
      return ": " + apiError.message();
    }
    return body.isBlank() ? "" : ": " + quote(body);
  }

  private static @Nullable ApiError parseApiError(String body) {
    if (!body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      Object parsed = Json.decode(body, ApiError.class);
      return parsed instanceof ApiError ? (ApiError) parsed : null;
    } catch (IOException | RuntimeException notTheErrorShape) {
      return null;
    }
  }

  private @Nullable String requestId(Response response) {
    String id = response.header("X-Request-Id");
    if (id == null) {
      id = response.header("Request-Id");
    }
    return id == null ? null : apiKey.redact(id);
  }

  private Map<String, List<String>> redactedHeaders(Response response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response.headers().toMultimap().forEach((name, values) ->
        headers.put(name, values.stream().map(apiKey::redact).toList()));
    return Collections.unmodifiableMap(headers);
  }

  private static String excerpt(String body) {
    return body.length() <= EXCERPT_LIMIT ? body : body.substring(0, EXCERPT_LIMIT);
  }

  /** The body's start on one line, for messages. */
  private static String quote(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MESSAGE_QUOTE_LIMIT ? oneLine : oneLine.substring(0, MESSAGE_QUOTE_LIMIT) + "...";
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 410: return "Gone";
      case 422: return "Unprocessable Entity";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return "";
    }
  }
}
