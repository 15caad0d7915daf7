package ai.sigmamind.sdk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server is throttling this client (HTTP 429). Retried automatically (honouring {@code
 * Retry-After}, capped); thrown once retries are exhausted or the overall timeout leaves no room
 * for the wait the server asks for.
 *
 * <pre>{@code
 * try {
 *   agent.batchRuns().create(testCaseIds);
 * } catch (RateLimitException e) {
 *   Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
 *   scheduleLater(wait);
 * }
 * }</pre>
 */
public final class RateLimitException extends SigmaMindApiException {
  private static final long serialVersionUID = 1L;

  /** The wait the server asked for, or null; part of the serialized form. */
  private final @Nullable Duration retryAfter;

  /**
   * An exception for the response {@code details} describe; {@link #retryAfter()} is read from
   * their {@code Retry-After} header (an HTTP-date counts from now).
   *
   * @param details the response's status (429), request, headers and body excerpt
   */
  public RateLimitException(ResponseDetails details) {
    this(details, RetryAfter.delay(details.header("Retry-After"), Instant.now()));
  }

  RateLimitException(ResponseDetails details, @Nullable Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked to wait ({@code Retry-After} as delta-seconds or HTTP-date,
   * uncapped), when it said.
   *
   * @return the wait the server asked for, or empty when the response had no readable
   *     {@code Retry-After}
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
