package ai.sigmamind.sdk;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Everything an operation needs: the request descriptions (generated Retrofit interfaces, shared
 * per base URL by every client of one root), the executor, and time.
 *
 * <p>The transport is an OkHttpClient derived from the base one (sharing its connection pool and
 * dispatcher) with, outermost first: {@link AttemptTimeouts}, interceptors already on a supplied
 * OkHttpClient, interceptors added with {@link SigmaMindClient.Builder#addInterceptor}, logging,
 * {@link OkHttpRepeats#RESTORE_RETRY_AFTER}; and two network interceptors, outermost first,
 * {@link OkHttpRepeats#HIDE_RETRY_AFTER} and {@link SendTracker}. OkHttp repeats nothing itself
 * ({@link OkHttpRepeats}). A derived client reuses its parent's
 * transport unless it changes one of those.
 */
final class ClientContext {
  /** The SLF4J logger every HTTP log line goes to. */
  static final String LOGGER_NAME = "ai.sigmamind.sdk";

  final ClientOptions options;
  final OkHttpClient transport;
  private final ClientResources.Apis apis;
  final RequestExecutor executor;
  final Clock clock;
  final Sleeper sleeper;

  ClientContext(ClientOptions options, ClientResources resources, @Nullable ClientContext parent) {
    this.options = options;
    this.clock = options.clock;
    this.sleeper = options.sleeper != null ? options.sleeper : resources.sleeper();
    this.transport = parent != null && options.sharesTransportWith(parent.options)
        ? parent.transport
        : transport(resources.httpClientOr(options.okHttpClient), options);
    this.apis = resources.apisFor(options.baseUrl);
    this.executor = new RequestExecutor(transport, options, resources, sleeper);
  }

  /** The generated Retrofit interface {@code type}, describing requests to this client's base URL. */
  <T> T api(Class<T> type) {
    return apis.of(type);
  }

  /** Derives from {@code base}, so connection pool and dispatcher are shared, never copied. */
  private static OkHttpClient transport(OkHttpClient base, ClientOptions options) {
    OkHttpClient.Builder builder = base.newBuilder()
        .connectTimeout(Objects.requireNonNull(options.calls.connectTimeout))
        .readTimeout(Objects.requireNonNull(options.calls.attemptTimeout))
        .writeTimeout(Objects.requireNonNull(options.calls.attemptTimeout))
        .callTimeout(Duration.ZERO); // Each attempt's call timeout is the time left, set by the executor.
    List<Interceptor> interceptors = builder.interceptors();
    interceptors.add(0, new AttemptTimeouts());
    interceptors.addAll(options.interceptors);
    if (options.logLevel != LogLevel.NONE) {
      interceptors.add(new LoggingInterceptor(options.logLevel, options.apiKey, LoggerFactory.getLogger(LOGGER_NAME)));
    }
    builder.networkInterceptors().add(0, new SendTracker());
    OkHttpRepeats.turnOff(builder);
    return builder.build();
  }
}
