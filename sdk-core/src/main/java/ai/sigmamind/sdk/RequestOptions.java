package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call only: extra headers and query parameters, timeouts and the retry budget.
 * Every operation has an overload taking one; what is left unset keeps the client's setting.
 * Immutable; build once and reuse freely.
 *
 * <pre>{@code
 * RequestOptions fast = RequestOptions.builder()
 *     .header("X-Trace-Id", traceId)
 *     .overallTimeout(Duration.ofSeconds(5))
 *     .maxRetries(0)
 *     .build();
 * TestRun run = client.agent(agentId).testRuns(batchId).get(jobId, fast);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Map<String, String> headers;
  private final Map<String, String> queryParameters;
  /** Only what this call changes; the client's settings fill in the rest. */
  private final CallSettings calls;

  private RequestOptions(Builder builder, CallSettings calls) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.queryParameters));
    this.calls = calls;
  }

  /**
   * No overrides: the client's settings as they are.
   *
   * @return the shared empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts options with nothing set.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Headers added to every attempt of the call (a header of the same name is replaced).
   *
   * @return the headers by name, unmodifiable, in the order set; empty when none
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Query parameters appended to the call's URL.
   *
   * @return the parameters by name, unmodifiable, in the order set; empty when none
   */
  public Map<String, String> queryParameters() {
    return queryParameters;
  }

  /**
   * This call's connect timeout.
   *
   * @return the timeout, or null to keep the client's
   */
  public @Nullable Duration connectTimeout() {
    return calls.connectTimeout;
  }

  /**
   * This call's per-attempt timeout.
   *
   * @return the timeout, or null to keep the client's
   */
  public @Nullable Duration attemptTimeout() {
    return calls.attemptTimeout;
  }

  /**
   * This call's overall timeout.
   *
   * @return the timeout, or null to keep the client's
   */
  public @Nullable Duration overallTimeout() {
    return calls.overallTimeout;
  }

  /**
   * This call's retry budget.
   *
   * @return retries after the first attempt, or null to keep the client's
   */
  public @Nullable Integer maxRetries() {
    return calls.maxRetries;
  }

  /** The timeouts and retry budget this call overrides. */
  CallSettings calls() {
    return calls;
  }

  /**
   * Header values are left out: a header may carry a credential.
   *
   * @return the header and query parameter names and the timeouts and retry budget that are set
   */
  @Override
  public String toString() {
    return "RequestOptions{headers=" + headers.keySet() + ", queryParameters=" + queryParameters.keySet()
        + (calls.toString().isEmpty() ? "" : ", " + calls) + "}";
  }

  /**
   * Builds {@link RequestOptions}; {@link #build()} checks every setting and reports all problems
   * at once.
   *
   * <pre>{@code
   * RequestOptions options = RequestOptions.builder().queryParameter("debug", "1").maxRetries(5).build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParameters = new LinkedHashMap<>();
    private final CallSettings.Builder calls = new CallSettings.Builder(CallSettings.NONE);

    private Builder() {
    }

    /**
     * Sets a header on every attempt of the call. {@code X-API-Key} cannot be set here (use
     * {@link SigmaMindClient#withOptions} with another key); {@code User-Agent} can.
     *
     * @param name the header's name; a second call with the same name replaces the value
     * @param value the value, printable ASCII; checked by {@link #build()}
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Appends a query parameter to the call's URL.
     *
     * @param name the parameter's name, unencoded; a second call with the same name replaces it
     * @param value the value, unencoded
     * @return this builder
     */
    public Builder queryParameter(String name, String value) {
      queryParameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * This call's connect timeout.
     *
     * @param connectTimeout positive, at most {@code Integer.MAX_VALUE} milliseconds
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      calls.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * This call's per-attempt timeout (read and write).
     *
     * @param attemptTimeout positive, at most {@code Integer.MAX_VALUE} milliseconds
     * @return this builder
     */
    public Builder attemptTimeout(Duration attemptTimeout) {
      calls.attemptTimeout(attemptTimeout);
      return this;
    }

    /**
     * This call's deadline over all attempts and the waits between them.
     *
     * @param overallTimeout positive, at most {@code Integer.MAX_VALUE} milliseconds
     * @return this builder
     */
    public Builder overallTimeout(Duration overallTimeout) {
      calls.overallTimeout(overallTimeout);
      return this;
    }

    /**
     * This call's retry budget; 0 disables retries.
     *
     * @param maxRetries retries after the first attempt, 0 or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      calls.maxRetries(maxRetries);
      return this;
    }

    /**
     * Validates the settings.
     *
     * @return the immutable options
     * @throws IllegalStateException listing every problem: a header name or value an HTTP header
     *     cannot carry, {@code X-API-Key} as a header, a timeout that is not positive, negative
     *     maxRetries
     */
    public RequestOptions build() {
      List<String> problems = new ArrayList<>();
      headers.forEach((name, value) -> {
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != ':')) {
          problems.add("header name '" + name + "' is not a valid HTTP header name");
        } else if (name.toLowerCase(Locale.ROOT).equals("x-api-key")) {
          problems.add("X-API-Key cannot be set per call");
        }
        if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7F))) {
          // The value is not quoted: a header may carry a credential.
          problems.add("the value of header '" + name + "' contains a character an HTTP header cannot carry");
        }
      });
      CallSettings settings = calls.build();
      settings.check(problems);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("Invalid RequestOptions: " + String.join("; ", problems));
      }
      return new RequestOptions(this, settings);
    }
  }
}
