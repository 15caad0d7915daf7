package ai.sigmamind.sdk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Second interceptor, the SDK's only retry layer.
 *
 * <p>The rule, chosen so a batch run is never created twice:
 *
 * <ul>
 *   <li>GET, HEAD, PUT, DELETE and OPTIONS are retried after any I/O failure and on 408, 429, 500,
 *       502, 503 and 504.
 *   <li>POST (and any other non-idempotent method) is retried only when it provably did not reach
 *       the server: the attempt failed before a connection was established and the request handed
 *       to it (connection refused, DNS failure, connect timeout), or the server answered 429 or 503,
 *       which say the request was not processed. A read timeout, a reset or a disconnect after
 *       sending is never retried for a POST.
 * </ul>
 *
 * <p>At most {@code maxRetries} retries. Waits use exponential backoff with equal jitter (base 0.5
 * s doubling per retry, capped at 8 s; the wait is between half and all of the base), or the
 * server's {@code Retry-After} (delta-seconds or HTTP-date) capped at {@value
 * #MAX_RETRY_AFTER_SECONDS} s. No retry starts when its wait would end past the overall timeout;
 * the last failure is then reported as it is. Each attempt's connect, read and write timeouts are
 * also cut to the time left.
 */
final class RetryInterceptor implements Interceptor {
  static final long MAX_RETRY_AFTER_SECONDS = 60;

  private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS);
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  /** Statuses by which the server says it did not process the request. */
  private static final Set<Integer> NOT_PROCESSED_STATUSES = Set.of(429, 503);

  private final int maxRetries;
  private final Duration overallTimeout;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  RetryInterceptor(int maxRetries, Duration overallTimeout, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    this.maxRetries = maxRetries;
    this.overallTimeout = overallTimeout;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = IDEMPOTENT_METHODS.contains(request.method());
    Instant deadline = clock.instant().plus(overallTimeout);
    for (int retry = 0; ; retry++) {
      SendTracker.Attempt attempt = new SendTracker.Attempt();
      Response response;
      try {
        response = proceedWithinDeadline(chain, request.newBuilder().tag(SendTracker.Attempt.class, attempt).build(), deadline);
      } catch (IOException e) {
        boolean safeToRepeat = idempotent || !attempt.mayHaveReachedServer();
        Duration wait = backoff(retry);
        if (retry >= maxRetries || !safeToRepeat || chain.call().isCanceled() || !endsBefore(wait, deadline)) {
          throw e;
        }
        pause(chain, wait);
        continue;
      }
      int status = response.code();
      boolean retryable = idempotent ? RETRYABLE_STATUSES.contains(status) : NOT_PROCESSED_STATUSES.contains(status);
      if (retry >= maxRetries || !retryable) {
        return response;
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
      Duration wait = retryAfter == null ? backoff(retry) : min(retryAfter, MAX_RETRY_AFTER);
      if (!endsBefore(wait, deadline)) {
        return response;
      }
      response.close();
      pause(chain, wait);
    }
  }

  private Response proceedWithinDeadline(Chain chain, Request request, Instant deadline) throws IOException {
    long leftMillis = Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
    if (fitsIn(chain.connectTimeoutMillis(), leftMillis) && fitsIn(chain.readTimeoutMillis(), leftMillis)
        && fitsIn(chain.writeTimeoutMillis(), leftMillis)) {
      return chain.proceed(request);
    }
    return chain
        .withConnectTimeout(cappedMillis(chain.connectTimeoutMillis(), leftMillis), TimeUnit.MILLISECONDS)
        .withReadTimeout(cappedMillis(chain.readTimeoutMillis(), leftMillis), TimeUnit.MILLISECONDS)
        .withWriteTimeout(cappedMillis(chain.writeTimeoutMillis(), leftMillis), TimeUnit.MILLISECONDS)
        .proceed(request);
  }

  /** The usual case, far from the deadline: the chain's timeouts stand as they are, uncopied. */
  private static boolean fitsIn(int configured, long leftMillis) {
    return configured != 0 && configured <= leftMillis;
  }

  /** Zero means "no timeout" to OkHttp, so it is capped too. */
  private static int cappedMillis(int configured, long leftMillis) {
    long capped = configured == 0 ? leftMillis : Math.min(configured, leftMillis);
    return (int) Math.min(Integer.MAX_VALUE, capped);
  }

  private boolean endsBefore(Duration wait, Instant deadline) {
    return clock.instant().plus(wait).isBefore(deadline);
  }

  private void pause(Chain chain, Duration wait) throws IOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting to retry", e);
    }
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
  }

  /** Equal jitter: between half and all of 0.5 s * 2^retry, capped at 8 s. */
  private Duration backoff(int retry) {
    Duration base = retry >= 5 ? MAX_BACKOFF : min(INITIAL_BACKOFF.multipliedBy(1L << retry), MAX_BACKOFF);
    long half = base.toMillis() / 2;
    return Duration.ofMillis(half + Math.round(half * jitter.getAsDouble()));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
