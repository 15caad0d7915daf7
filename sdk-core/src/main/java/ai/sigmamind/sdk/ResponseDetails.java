package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What an error response said: status, request method and path, headers and (the head of) the
 * body, parsed as {@link ApiError} when it has that shape. The SDK fills it with text already
 * scrubbed of the API key and bounded; user code builds one to construct any {@link
 * SigmaMindApiException} subtype, e.g. to test its own error handling.
 *
 * <pre>{@code
 * ResponseDetails details = ResponseDetails.builder(404)
 *     .request("GET", "/v1/test-cases/tc_missing")
 *     .header("X-Request-Id", "req_1")
 *     .body("{\"error\":\"Not Found\",\"message\":\"Test case not found\",\"status\":404}")
 *     .build();
 * when(testCases.get("tc_missing")).thenThrow(new NotFoundException(details));
 * }</pre>
 */
public final class ResponseDetails {
  /** Longest body excerpt kept, in characters. */
  static final int EXCERPT_LIMIT = 512;
  /** Longest piece of a body or server message quoted in an exception message. */
  private static final int MESSAGE_QUOTE_LIMIT = 160;

  private final int statusCode;
  private final String method;
  private final String path;
  private final @Nullable ApiError apiError;
  private final String bodyExcerpt;
  private final Map<String, List<String>> headers;

  private ResponseDetails(Builder builder) {
    this.statusCode = builder.statusCode;
    this.method = builder.method;
    this.path = builder.path;
    this.apiError = parseApiError(builder.body);
    this.bodyExcerpt = builder.body.length() <= EXCERPT_LIMIT ? builder.body : builder.body.substring(0, EXCERPT_LIMIT);
    Map<String, List<String>> copy = new TreeMap<>();
    builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
  }

  /**
   * A builder for a response with this status; method and path default to {@code GET /}.
   *
   * @param statusCode the HTTP status, three digits (100 to 999)
   * @return a builder with no headers and an empty body
   * @throws IllegalArgumentException if {@code statusCode} is not three digits
   */
  public static Builder builder(int statusCode) {
    return new Builder(statusCode);
  }

  /**
   * The HTTP status code.
   *
   * @return the status, e.g. 404
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
   * @return the path as sent, percent-encoded, without the query, e.g. {@code /v1/test-cases/tc_1}
   */
  public String path() {
    return path;
  }

  /**
   * The body parsed as {@link ApiError}.
   *
   * @return the parsed body, or null when the body was not a JSON object of that shape
   */
  public @Nullable ApiError apiError() {
    return apiError;
  }

  /**
   * The start of the body, for messages and logs.
   *
   * @return at most the first {@value #EXCERPT_LIMIT} characters of the body; empty when there
   *     was none
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * The response headers.
   *
   * @return the headers, unmodifiable, names in lower case and sorted, each with its values in
   *     the order received
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, in any case
   * @return the header's first value, or null when the response did not have it
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The server's id for the request, to quote to support.
   *
   * @return {@code X-Request-Id}, else {@code Request-Id}, or null when the response had neither
   */
  public @Nullable String requestId() {
    String id = header("X-Request-Id");
    return id != null ? id : header("Request-Id");
  }

  /** The exception message: {@code 404 Not Found on GET /v1/...: <server message> (request id ...)}. */
  String message() {
    String reason = reasonPhrase(statusCode);
    if (reason.isEmpty() && apiError != null && apiError.error() != null) {
      reason = quote(apiError.error());
    }
    String id = requestId();
    return statusCode + (reason.isEmpty() ? "" : " " + reason) + " on " + method + " " + path
        + serverSays() + (id == null ? "" : " (request id " + quote(id) + ")");
  }

  /**
   * Status, method and path only; the message says the rest.
   *
   * @return e.g. {@code ResponseDetails{404 GET /v1/test-cases/tc_1}}
   */
  @Override
  public String toString() {
    return "ResponseDetails{" + statusCode + " " + method + " " + path + "}";
  }

  private String serverSays() {
    if (apiError != null && apiError.message() != null && !apiError.message().isBlank()) {
      return ": " + quote(apiError.message());
    }
    return bodyExcerpt.isBlank() ? "" : ": " + quote(bodyExcerpt);
  }

  /** The text's start on one line, for messages. */
  static String quote(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MESSAGE_QUOTE_LIMIT ? oneLine : oneLine.substring(0, MESSAGE_QUOTE_LIMIT) + "...";
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

  static String reasonPhrase(int status) {
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

  /**
   * Builds {@link ResponseDetails}.
   *
   * <pre>{@code
   * ResponseDetails details = ResponseDetails.builder(429).header("Retry-After", "30").build();
   * }</pre>
   */
  public static final class Builder {
    private final int statusCode;
    private String method = "GET";
    private String path = "/";
    private String body = "";
    private final Map<String, List<String>> headers = new TreeMap<>();

    private Builder(int statusCode) {
      if (statusCode < 100 || statusCode > 999) {
        throw new IllegalArgumentException("statusCode must be a three-digit HTTP status but was " + statusCode);
      }
      this.statusCode = statusCode;
    }

    /**
     * The request's method and encoded path.
     *
     * @param method the HTTP method, e.g. {@code GET}
     * @param path the path as sent, percent-encoded, without the query
     * @return this builder
     */
    public Builder request(String method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Adds a header value (names are kept in lower case).
     *
     * @param name the header's name, in any case
     * @param value one value; a second call with the same name adds another
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The body as received; its first {@value #EXCERPT_LIMIT} characters are kept.
     *
     * @param body the response body as text; empty for none
     * @return this builder
     */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Builds the details, parsing the body as {@link ApiError} when it has that shape.
     *
     * @return the immutable details
     */
    public ResponseDetails build() {
      return new ResponseDetails(this);
    }
  }
}
