package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fault the sandbox injects into API responses, to test a client's retries, backoff and
 * timeouts. A rule has an effect (an error status, added latency, or a dropped connection), a
 * scope (every API request by default, or one operation or path pattern) and a trigger (every
 * matching request by default, the next N, or a seeded rate). Immutable: each method returns a
 * changed copy. The admin paths ({@code /_sandbox/…}) are never affected.
 *
 * <pre>{@code
 * sandbox.injectFault(FaultRule.tooManyRequests(Duration.ofSeconds(2)).onOperation("getBatchRun").nextRequests(2));
 * sandbox.injectFault(FaultRule.serviceUnavailable().rate(0.1));
 * sandbox.injectFault(FaultRule.dropConnection().onPath("/v1/test-runs/*").nextRequests(1));
 * sandbox.injectFault(FaultRule.latency(Duration.ofMillis(300)));
 * }</pre>
 *
 * <p>Rules apply in the order they were injected: latencies add up, and the first matching error
 * or dropped connection ends the request. A rate is drawn from a stream seeded by the sandbox's
 * seed, so a client that sends the same requests in the same order meets the same faults.
 */
public final class FaultRule {
  enum Effect { STATUS, DROP_CONNECTION, LATENCY }

  private final Effect effect;
  private final int status;
  private final @Nullable Duration retryAfter;
  private final Duration latency;
  private final @Nullable ApiOperation operation;
  private final @Nullable String pathPattern;
  private final int times;
  private final double rate;

  private FaultRule(Effect effect, int status, @Nullable Duration retryAfter, Duration latency,
      @Nullable ApiOperation operation, @Nullable String pathPattern, int times, double rate) {
    this.effect = effect;
    this.status = status;
    this.retryAfter = retryAfter;
    this.latency = latency;
    this.operation = operation;
    this.pathPattern = pathPattern;
    this.times = times;
    this.rate = rate;
  }

  /**
   * Answers with this error status and the API's error body.
   *
   * @param status the HTTP status to answer with, 400–599
   * @return a rule firing for every API request until narrowed
   * @throws IllegalArgumentException if {@code status} is outside 400–599
   */
  public static FaultRule status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A fault status must be 400-599, was " + status);
    }
    return new FaultRule(Effect.STATUS, status, null, Duration.ZERO, null, null, 0, 1.0);
  }

  /**
   * Answers 429 Too Many Requests with {@code Retry-After} set to {@code retryAfter}.
   *
   * @param retryAfter the wait to advertise, sent in whole seconds (rounded up); not negative
   * @return a rule firing for every API request until narrowed
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  public static FaultRule tooManyRequests(Duration retryAfter) {
    return status(429).retryAfter(retryAfter);
  }

  /**
   * Answers 503 Service Unavailable, without {@code Retry-After} unless {@link #retryAfter} is set.
   *
   * @return a rule firing for every API request until narrowed
   */
  public static FaultRule serviceUnavailable() {
    return status(503);
  }

  /**
   * Closes the connection without sending any response.
   *
   * @return a rule firing for every API request until narrowed
   */
  public static FaultRule dropConnection() {
    return new FaultRule(Effect.DROP_CONNECTION, 0, null, Duration.ZERO, null, null, 0, 1.0);
  }

  /**
   * Delays the response by {@code delay}, then serves the request as usual.
   *
   * @param delay the latency to add to each matching request; positive
   * @return a rule firing for every API request until narrowed
   * @throws IllegalArgumentException if {@code delay} is zero or negative
   */
  public static FaultRule latency(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("Latency must be positive, was " + delay);
    }
    return new FaultRule(Effect.LATENCY, 0, null, delay, null, null, 0, 1.0);
  }

  /**
   * Sends {@code Retry-After} with the error, in whole seconds (rounded up). Status rules only.
   *
   * @param delay the wait to advertise; zero sends {@code Retry-After: 0}
   * @return a copy of this rule with the header set
   * @throws IllegalStateException if this rule drops the connection or adds latency
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public FaultRule retryAfter(Duration delay) {
    if (effect != Effect.STATUS) {
      throw new IllegalStateException("Retry-After only goes with an error status");
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("Retry-After must not be negative, was " + delay);
    }
    return new FaultRule(effect, status, delay, latency, operation, pathPattern, times, rate);
  }

  /**
   * Limits the rule to one operation of the spec ({@code ApiOperation.GET_BATCH_RUN}).
   *
   * @param operation the operation whose requests the rule affects; replaces an earlier one
   * @return a copy of this rule limited to {@code operation}
   */
  public FaultRule onOperation(ApiOperation operation) {
    Objects.requireNonNull(operation, "operation");
    return new FaultRule(effect, status, retryAfter, latency, operation, pathPattern, times, rate);
  }

  /**
   * Limits the rule to one operation of the spec, by operationId (e.g. {@code getBatchRun}).
   *
   * @param operationId the spec's operationId, case-sensitive
   * @return a copy of this rule limited to that operation
   * @throws IllegalArgumentException for an operationId the spec does not have (the message lists them)
   */
  public FaultRule onOperation(String operationId) {
    return onOperation(ApiOperation.of(Objects.requireNonNull(operationId, "operationId")));
  }

  /**
   * Limits the rule to request paths matching {@code pattern}, where {@code *} stands for one
   * whole path segment: {@code /v1/test-runs/*} matches {@code /v1/test-runs/job_1} but not
   * {@code /v1/test-runs}.
   *
   * @param pattern a path starting with {@code /}, without query string
   * @return a copy of this rule limited to matching paths
   * @throws IllegalArgumentException if {@code pattern} does not start with {@code /}
   */
  public FaultRule onPath(String pattern) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("A path pattern starts with '/': " + pattern);
    }
    return new FaultRule(effect, status, retryAfter, latency, operation, pattern, times, rate);
  }

  /**
   * Fires for the next {@code count} matching requests only, then retires.
   *
   * @param count how many matching requests the rule affects, at least 1
   * @return a copy of this rule with the limit
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public FaultRule nextRequests(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return new FaultRule(effect, status, retryAfter, latency, operation, pathPattern, count, rate);
  }

  /**
   * Fires for each matching request with this probability, drawn from the seeded stream.
   *
   * @param probability the chance per matching request, 0–1 (1 fires every time)
   * @return a copy of this rule with the rate
   * @throws IllegalArgumentException if {@code probability} is outside 0–1 or NaN
   */
  public FaultRule rate(double probability) {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("rate must be between 0 and 1, was " + probability);
    }
    return new FaultRule(effect, status, retryAfter, latency, operation, pathPattern, times, probability);
  }

  Effect effect() {
    return effect;
  }

  int statusCode() {
    return status;
  }

  @Nullable Duration retryAfterDelay() {
    return retryAfter;
  }

  Duration latencyDelay() {
    return latency;
  }

  /** How many requests the rule fires for; 0 for no limit. */
  int times() {
    return times;
  }

  double probability() {
    return rate;
  }

  /** Whether the rule's scope covers this request; {@code requestOperation} is null for unknown routes. */
  boolean covers(@Nullable ApiOperation requestOperation, String path) {
    if (this.operation != null && this.operation != requestOperation) {
      return false;
    }
    return pathPattern == null || pathMatches(pathPattern, path);
  }

  private static boolean pathMatches(String pattern, String path) {
    List<String> expected = List.of(pattern.split("/", -1));
    List<String> actual = List.of(path.split("/", -1));
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals("*") && !expected.get(i).equals(actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    String what = switch (effect) {
      case STATUS -> "status " + status + (retryAfter == null ? "" : ", Retry-After " + retryAfter);
      case DROP_CONNECTION -> "drop connection";
      case LATENCY -> "latency " + latency;
    };
    return "FaultRule[" + what
        + (operation == null ? "" : ", operation " + operation.operationId())
        + (pathPattern == null ? "" : ", path " + pathPattern)
        + (times == 0 ? "" : ", next " + times)
        + (rate == 1.0 ? "" : ", rate " + rate) + "]";
  }
}
