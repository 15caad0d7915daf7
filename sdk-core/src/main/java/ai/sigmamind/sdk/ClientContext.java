package ai.sigmamind.sdk;

import ai.sigmamind.sdk.internal.api.BatchRunsApi;
import ai.sigmamind.sdk.internal.api.TestCasesApi;
import ai.sigmamind.sdk.internal.api.TestRunsApi;
import java.time.Clock;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Everything an operation needs, assembled once per client: the request descriptions (generated
 * Retrofit interfaces), the executor, and time.
 *
 * <p>Interceptor order, outermost first: User-Agent, retry, {@code X-API-Key} auth, interceptors
 * already on a supplied OkHttpClient, interceptors added with {@link
 * SigmaMindClient.Builder#addInterceptor}, logging. User interceptors and logging thus run once
 * per attempt and see the auth header. One network interceptor ({@link SendTracker}) marks whether
 * an attempt reached the server.
 */
final class ClientContext {
  /** The SLF4J logger every HTTP log line goes to. */
  static final String LOGGER_NAME = "ai.sigmamind.sdk";

  final TestCasesApi testCasesApi;
  final BatchRunsApi batchRunsApi;
  final TestRunsApi testRunsApi;
  final RequestExecutor executor;
  final Clock clock;
  final Sleeper sleeper;

  ClientContext(ClientOptions options, ClientResources resources) {
    this.clock = options.clock;
    this.sleeper = options.sleeper != null ? options.sleeper : Sleeper.system(resources.scheduler());
    OkHttpClient httpClient = configure(resources.httpClientOr(options.okHttpClient), options, sleeper);
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(options.baseUrl)
        .callFactory(httpClient)
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build();
    this.testCasesApi = retrofit.create(TestCasesApi.class);
    this.batchRunsApi = retrofit.create(BatchRunsApi.class);
    this.testRunsApi = retrofit.create(TestRunsApi.class);
    this.executor = new RequestExecutor(httpClient, new ErrorMapper(options.apiKey, clock), resources);
  }

  /** Derives from {@code base}, so connection pool and dispatcher are shared, never copied. */
  private static OkHttpClient configure(OkHttpClient base, ClientOptions options, Sleeper sleeper) {
    OkHttpClient.Builder builder = base.newBuilder()
        .connectTimeout(options.connectTimeout)
        .readTimeout(options.attemptTimeout)
        .writeTimeout(options.attemptTimeout)
        .callTimeout(options.overallTimeout)
        .retryOnConnectionFailure(false);
    List<Interceptor> interceptors = builder.interceptors();
    interceptors.addAll(0, List.of(
        new UserAgentInterceptor(options.appInfo),
        new RetryInterceptor(options.maxRetries, options.overallTimeout, options.clock, sleeper, options.jitter),
        new AuthInterceptor(options.apiKey)));
    interceptors.addAll(options.interceptors);
    if (options.logLevel != LogLevel.NONE) {
      interceptors.add(new LoggingInterceptor(options.logLevel, options.apiKey, LoggerFactory.getLogger(LOGGER_NAME)));
    }
    builder.networkInterceptors().add(0, new SendTracker());
    return builder.build();
  }
}
