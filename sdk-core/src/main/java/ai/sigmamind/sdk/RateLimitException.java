package ai.sigmamind.sdk;

import java.time.Duration;
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

  private final @Nullable Duration retryAfter;

  RateLimitException(String message, ResponseDetails details, @Nullable Duration retryAfter) {
    super(message, details);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked to wait ({@code Retry-After} as delta-seconds or HTTP-date,
   * uncapped), when it said.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
