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
  enum Kind { STATUS, DROP_CONNECTION, LATENCY }

  /** What the rule does to a request it fires for: answer {@code status}, drop it, or delay it by {@code latency}. */
  record Effect(Kind kind, int status, @Nullable Duration retryAfter, Duration latency) {
  }

  /**
   * When the rule fires: for the requests in its scope (an operation and a path pattern, null for
   * any), at most the next {@code times} of them (0 for no limit), each with chance {@code rate}.
   */
  record Trigger(@Nullable ApiOperation operation, @Nullable String pathPattern, int times, double rate) {
    static final Trigger EVERY_REQUEST = new Trigger(null, null, 0, 1.0);

    /** Whether the request is in scope; {@code requestOperation} is null for unknown routes. */
    boolean covers(@Nullable ApiOperation requestOperation, String path) {
      if (operation != null && operation != requestOperation) {
        return false;
      }
      return pathPattern == null || pathMatches(pathPattern, path);
    }
  }

  private final Effect effect;
  private final Trigger trigger;

  private FaultRule(Effect effect, Trigger trigger) {
    this.effect = effect;
    this.trigger = trigger;
  }

  private static FaultRule firingForEveryRequest(Effect effect) {
    return new FaultRule(effect, Trigger.EVERY_REQUEST);
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
    return firingForEveryRequest(new Effect(Kind.STATUS, status, null, Duration.ZERO));
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
    return firingForEveryRequest(new Effect(Kind.DROP_CONNECTION, 0, null, Duration.ZERO));
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
    return firingForEveryRequest(new Effect(Kind.LATENCY, 0, null, delay));
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
    if (effect.kind() != Kind.STATUS) {
      throw new IllegalStateException("Retry-After only goes with an error status");
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("Retry-After must not be negative, was " + delay);
    }
    return new FaultRule(new Effect(Kind.STATUS, effect.status(), delay, effect.latency()), trigger);
  }

  /**
   * Limits the rule to one operation of the spec ({@code ApiOperation.GET_BATCH_RUN}).
   *
   * @param operation the operation whose requests the rule affects; replaces an earlier one
   * @return a copy of this rule limited to {@code operation}
   */
  public FaultRule onOperation(ApiOperation operation) {
    Objects.requireNonNull(operation, "operation");
    return new FaultRule(effect, new Trigger(operation, trigger.pathPattern(), trigger.times(), trigger.rate()));
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
    return new FaultRule(effect, new Trigger(trigger.operation(), pattern, trigger.times(), trigger.rate()));
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
    return new FaultRule(effect, new Trigger(trigger.operation(), trigger.pathPattern(), count, trigger.rate()));
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
    return new FaultRule(effect, new Trigger(trigger.operation(), trigger.pathPattern(), trigger.times(), probability));
  }

  Effect effect() {
    return effect;
  }

  Trigger trigger() {
    return trigger;
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
    String what = switch (effect.kind()) {
      case STATUS -> "status " + effect.status()
          + (effect.retryAfter() == null ? "" : ", Retry-After " + effect.retryAfter());
      case DROP_CONNECTION -> "drop connection";
      case LATENCY -> "latency " + effect.latency();
    };
    return "FaultRule[" + what
        + (trigger.operation() == null ? "" : ", operation " + trigger.operation().operationId())
        + (trigger.pathPattern() == null ? "" : ", path " + trigger.pathPattern())
        + (trigger.times() == 0 ? "" : ", next " + trigger.times())
        + (trigger.rate() == 1.0 ? "" : ", rate " + trigger.rate()) + "]";
  }
}
