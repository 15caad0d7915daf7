package ai.sigmamind.sdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful call as it came back: status, headers, request id and how many attempts it took,
 * with the parsed value. From each handle's {@code withRawResponse()}, e.g. {@link
 * TestRuns#withRawResponse()}.
 *
 * <pre>{@code
 * ApiResponse<TestRun> response = client.agent(agentId).testRuns(batchId).withRawResponse().get(jobId);
 * System.out.println(response.statusCode() + " after " + response.attempts() + " attempt(s), request id "
 *     + response.requestId().orElse("-"));
 * TestRun run = response.value();
 * }</pre>
 *
 * @param <T> the parsed body's type ({@code Void} for an operation without one)
 */
public final class ApiResponse<T extends @Nullable Object> {
  private final int statusCode;
  private final Headers headers;
  private final int attempts;
  private final T value;

  ApiResponse(int statusCode, Headers headers, int attempts, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.attempts = attempts;
    this.value = value;
  }

  /**
   * The HTTP status.
   *
   * @return the success status, e.g. 200 or 201
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response headers.
   *
   * @return a new sorted map of the headers, names in lower case, each with its values in the
   *     order received
   */
  public Map<String, List<String>> headers() {
    return new TreeMap<>(headers.toMultimap());
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, in any case
   * @return the header's first value, or empty when the response did not have it
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * The server's id for the request, to quote to support.
   *
   * @return {@code X-Request-Id}, else {@code Request-Id}, or empty when the response had neither
   */
  public Optional<String> requestId() {
    String id = headers.get("X-Request-Id");
    return Optional.ofNullable(id != null ? id : headers.get("Request-Id"));
  }

  /**
   * How many attempts the call took.
   *
   * @return 1 when it was not retried, more when it was
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The parsed body.
   *
   * @return the decoded value; null only for an operation that returns none (a delete)
   */
  public T value() {
    return value;
  }

  /**
   * Status and attempts only: headers may carry what the server chose to echo.
   *
   * @return e.g. {@code ApiResponse{statusCode=200, attempts=1}}
   */
  @Override
  public String toString() {
    return "ApiResponse{statusCode=" + statusCode + ", attempts=" + attempts + "}";
  }
}
