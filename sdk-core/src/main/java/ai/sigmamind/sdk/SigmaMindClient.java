package ai.sigmamind.sdk;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: an immutable, thread-safe client for SigmaMind's agent-testing API. Operations
 * are scoped to an agent with {@link #agent(String)}, so ids of different kinds cannot be swapped.
 *
 * <pre>{@code
 * try (SigmaMindClient client = SigmaMindClient.builder().apiKey(System.getenv("SIGMAMIND_API_KEY")).build()) {
 *   TestRun run = client.agent("mJzLaPEo425lieb9")
 *       .testRuns("batch_s0OJu2JWR8R45Fai")
 *       .get("job_ksUu5yRHGTLLrLeM");
 *   System.out.println(run.successful() + ": " + run.remarks());
 * }
 * }</pre>
 *
 * <p>{@link #withOptions} derives a client with changed settings that shares this one's connection
 * pool, dispatcher and scheduler; use it for per-request overrides, e.g. {@code
 * client.withOptions(b -> b.maxRetries(0))}. Only the client made by {@link Builder#build()} owns
 * those resources: its {@link #close()} releases them (never the pools of an OkHttpClient the user
 * supplied), and closing a derived client does nothing.
 */
public final class SigmaMindClient implements AutoCloseable {
  private final ClientOptions options;
  private final ClientResources resources;
  private final boolean ownsResources;
  private final ClientContext context;

  private SigmaMindClient(
      ClientOptions options, ClientResources resources, boolean ownsResources, @Nullable ClientContext parent) {
    this.options = options;
    this.resources = resources;
    this.ownsResources = ownsResources;
    this.context = new ClientContext(options, resources, parent);
  }

  /**
   * Starts configuring a client; {@link Builder#apiKey} is the one required setting.
   *
   * @return a builder holding the defaults listed in {@link Builder}'s table
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from system properties and environment variables (see {@link
   * Builder#fromEnv()}).
   *
   * @return a new client that owns its connection pool and threads; close it when done
   * @throws IllegalStateException when no API key is set or a setting is invalid
   */
  public static SigmaMindClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * The operations of one agent.
   *
   * @param agentId the agent's id, bare ({@code mJzLaPEo425lieb9}) or prefixed; never validated
   *     beyond refusing null or blank
   * @return the agent's test cases, batch runs and test runs; cheap, makes no call
   * @throws IllegalArgumentException if {@code agentId} is null or blank
   */
  public Agent agent(String agentId) {
    return new HttpAgent(context, Ids.require(agentId, "agentId"));
  }

  /**
   * A client with this one's settings changed by {@code change}, sharing this client's connection
   * pool, dispatcher and scheduler. Cheap enough to call per request.
   *
   * <pre>{@code
   * BatchRunCreated created = client.withOptions(b -> b.maxRetries(0).overallTimeout(Duration.ofSeconds(20)))
   *     .agent(agentId).batchRuns().create(testCaseIds);
   * }</pre>
   *
   * @param change changes settings on a builder that holds this client's settings
   * @return a derived client; closing it does nothing, closing this one stops it too
   * @throws IllegalStateException if the changed settings are invalid
   */
  public SigmaMindClient withOptions(Consumer<Builder> change) {
    Builder builder = new Builder(options.toBuilder());
    change.accept(builder);
    return new SigmaMindClient(builder.options.build(), resources, false, context);
  }

  /**
   * Releases what this client owns: the scheduler and, unless the user supplied the OkHttpClient,
   * its dispatcher threads and idle connections. Calls made afterwards throw
   * IllegalStateException. A no-op on a client made by {@link #withOptions}. Idempotent.
   */
  @Override
  public void close() {
    if (ownsResources) {
      resources.close();
    }
  }

  /**
   * The base URL calls go to.
   *
   * @return the URL as checked by the builder, ending with {@code /} (e.g. {@code https://api.sigmamind.ai/})
   */
  public String baseUrl() {
    return options.baseUrl.toString();
  }

  /** Test hook: what this client's operations run on. */
  ClientContext context() {
    return context;
  }

  /**
   * The settings, with the API key redacted.
   *
   * @return the base URL, timeouts, retry budget and other settings, never the key
   */
  @Override
  public String toString() {
    return "SigmaMindClient{" + options + "}";
  }

  /**
   * Configures a {@link SigmaMindClient}; {@link #build()} checks every setting and reports all
   * problems in one IllegalStateException.
   *
   * <pre>{@code
   * SigmaMindClient client = SigmaMindClient.builder()
   *     .fromEnv()                                  // SIGMAMIND_API_KEY, ...
   *     .baseUrl("https://api.sigmamind.ai")
   *     .attemptTimeout(Duration.ofSeconds(20))
   *     .overallTimeout(Duration.ofMinutes(1))
   *     .maxRetries(3)
   *     .appInfo("my-ci/1.4")
   *     .build();
   * }</pre>
   *
   * <p>{@link ClientSetting} lists the settings {@link #fromEnv()} reads, with their system
   * properties, environment variables, defaults and formats; {@link #okHttpClient}, {@link
   * #addInterceptor} and {@link #addListener} are set in code only.
   */
  public static final class Builder {
    /** Where every setting goes; this builder only names them for users. */
    final ClientOptions.Builder options;

    private Builder() {
      this(ClientOptions.builder());
    }

    private Builder(ClientOptions.Builder options) {
      this.options = options;
    }

    /**
     * The workspace's API key, sent as {@code X-API-Key}. Required: null (e.g. {@code
     * apiKey(System.getenv("SIGMAMIND_API_KEY"))} with the variable unset) is reported by {@link
     * #build()} with every other problem.
     *
     * @param apiKey the key; null or blank is reported by {@link #build()}
     * @return this builder
     */
    public Builder apiKey(@Nullable String apiKey) {
      options.apiKey = apiKey;
      return this;
    }

    /**
     * The API's base URL, with or without a trailing slash, optionally with a path prefix (e.g.
     * a gateway's {@code https://gateway.example.com/sigmamind}). Default {@code
     * https://api.sigmamind.ai}.
     *
     * @param baseUrl an absolute http or https URL without a query; checked by {@link #build()}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /**
     * The longest wait for a TCP/TLS connection. Default 10 s.
     *
     * @param connectTimeout positive, at most {@code Integer.MAX_VALUE} milliseconds
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      options.calls.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * Per attempt, the longest wait for the server while writing the request or reading the
     * response (OkHttp's read and write timeouts). Default 30 s.
     *
     * @param attemptTimeout positive, at most {@code Integer.MAX_VALUE} milliseconds
     * @return this builder
     */
    public Builder attemptTimeout(Duration attemptTimeout) {
      options.calls.attemptTimeout(attemptTimeout);
      return this;
    }

    /**
     * The deadline of a whole call: all attempts and the waits between them. No retry starts
     * that would end past it, and an attempt still running at it is cancelled. Default 2 min.
     *
     * @param overallTimeout positive, at most {@code Integer.MAX_VALUE} milliseconds
     * @return this builder
     */
    public Builder overallTimeout(Duration overallTimeout) {
      options.calls.overallTimeout(overallTimeout);
      return this;
    }

    /**
     * How many times a failed call may be retried (see the retry rule); 0 disables. Default 2.
     *
     * @param maxRetries retries after the first attempt, 0 or more; a call makes at most
     *     {@code maxRetries + 1} attempts
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      options.calls.maxRetries(maxRetries);
      return this;
    }

    /**
     * Appended to the User-Agent, e.g. {@code my-ci/1.4}; printable ASCII. Default none.
     *
     * @param appInfo the application's name and version, printable ASCII
     * @return this builder
     */
    public Builder appInfo(String appInfo) {
      options.appInfo = Objects.requireNonNull(appInfo, "appInfo");
      return this;
    }

    /**
     * What to log through SLF4J (logger {@code ai.sigmamind.sdk}). Default {@link LogLevel#NONE}.
     *
     * @param logLevel how much of each request and response to log; the key is never logged
     * @return this builder
     */
    public Builder logLevel(LogLevel logLevel) {
      options.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * An OkHttpClient whose connection pool, dispatcher, proxy and TLS settings to share. The SDK
     * derives its own client from it (its timeouts and interceptors are applied to the derived
     * client, the supplied one is not changed) and never shuts its pools down.
     *
     * @param okHttpClient the client to derive from; its owner keeps closing it
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      options.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Adds an application interceptor. It runs once per attempt, on a request that already
     * carries the User-Agent, {@code X-API-Key} and per-call headers, and before logging.
     *
     * @param interceptor the interceptor, run after those added before it
     * @return this builder
     */
    public Builder addInterceptor(Interceptor interceptor) {
      options.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Adds a listener told of every call's start, attempts and end (see {@link RequestListener});
     * listeners run in the order added.
     *
     * @param listener the listener; it must be quick, it runs on the thread that made or completed each attempt
     * @return this builder
     */
    public Builder addListener(RequestListener listener) {
      options.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Applies the settings found in system properties, then environment variables (a property
     * wins); unset ones keep their current value. {@link ClientSetting} lists names, defaults and formats.
     *
     * @return this builder
     * @throws IllegalStateException naming the setting whose value cannot be read
     */
    public Builder fromEnv() {
      ClientEnvironment.system().applyTo(options);
      return this;
    }

    /**
     * As {@link #fromEnv()}, reading through the given lookups instead of the process's: for a
     * tool that takes settings from its own configuration (a JUnit Platform configuration
     * parameter, a Maven property) or a test.
     *
     * @param properties values by property name ({@code sigmamind.maxRetries}); null when unset
     * @param environment values by environment variable name ({@code SIGMAMIND_MAX_RETRIES}); null when unset
     * @return this builder
     * @throws IllegalStateException naming the setting whose value cannot be read
     */
    public Builder fromEnv(Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
      new ClientEnvironment(properties, environment).applyTo(options);
      return this;
    }

    /**
     * The clock the client reads time from: the overall deadline of a call (no retry starts that
     * would end past it), {@code Retry-After} dates, and the timeout and pace of {@link
     * BatchRuns#waitForCompletion}. For deterministic tests, with a {@link #sleeper} that advances
     * it (see {@link Sleeper}'s example). OkHttp's connect and attempt timeouts always run in real
     * time. Default the system clock (UTC).
     *
     * @param clock the clock; it must be thread-safe
     * @return this builder
     */
    public Builder clock(Clock clock) {
      options.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How the client waits between retry attempts and between the polls of {@link
     * BatchRuns#waitForCompletion}: for deterministic tests, one that takes no real time (see
     * {@link Sleeper}). Default real time on the client's scheduler.
     *
     * @param sleeper the waits' implementation; it must be thread-safe
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      options.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Test hook: the backoff jitter, a fraction in [0, 1]. */
    Builder jitter(DoubleSupplier jitter) {
      options.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return a new client that owns its scheduler and, unless {@link #okHttpClient} was given, its
     *     connection pool and dispatcher; close it when done
     * @throws IllegalStateException listing every problem: no or blank API key, a base URL that
     *     is not http(s) or has a query, a timeout that is not positive, negative maxRetries,
     *     non-ASCII appInfo
     */
    public SigmaMindClient build() {
      ClientOptions built = options.build();
      return new SigmaMindClient(built, new ClientResources(built.okHttpClient == null), true, null);
    }
  }
}
