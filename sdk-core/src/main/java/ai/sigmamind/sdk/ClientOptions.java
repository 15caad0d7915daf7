package ai.sigmamind.sdk;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client's validated, immutable configuration. Built only from a {@link SigmaMindClient.Builder},
 * which is where every rule is checked (all problems reported at once).
 */
final class ClientOptions {
  static final String DEFAULT_BASE_URL = "https://api.sigmamind.ai";
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_OVERALL_TIMEOUT = Duration.ofMinutes(2);
  static final int DEFAULT_MAX_RETRIES = 2;
  static final String API_KEY_HEADER = "X-API-Key";

  private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  final ApiKey apiKey;
  final HttpUrl baseUrl;
  final Duration connectTimeout;
  final Duration attemptTimeout;
  final Duration overallTimeout;
  final int maxRetries;
  final @Nullable String appInfo;
  /** Computed once per client, not per attempt. */
  final String userAgent;
  final LogLevel logLevel;
  final @Nullable OkHttpClient okHttpClient;
  final List<Interceptor> interceptors;
  final List<RequestListener> listeners;
  final Clock clock;
  final @Nullable Sleeper sleeper;
  final DoubleSupplier jitter;

  /** @throws IllegalStateException listing every invalid setting */
  ClientOptions(SigmaMindClient.Builder builder) {
    List<String> problems = new ArrayList<>();
    this.apiKey = checkApiKey(builder.apiKey, problems);
    this.baseUrl = builder.parsedBaseUrl != null ? builder.parsedBaseUrl : checkBaseUrl(builder.baseUrl, problems);
    this.connectTimeout = checkTimeout("connectTimeout", builder.connectTimeout, problems);
    this.attemptTimeout = checkTimeout("attemptTimeout", builder.attemptTimeout, problems);
    this.overallTimeout = checkTimeout("overallTimeout", builder.overallTimeout, problems);
    if (builder.maxRetries < 0) {
      problems.add("maxRetries must be >= 0 but was " + builder.maxRetries);
    }
    this.maxRetries = builder.maxRetries;
    this.appInfo = checkAppInfo(builder.appInfo, problems);
    this.userAgent = UserAgent.of(appInfo);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid SigmaMindClient configuration: " + String.join("; ", problems));
    }
    this.logLevel = builder.logLevel;
    this.okHttpClient = builder.okHttpClient;
    this.interceptors = List.copyOf(builder.interceptors);
    this.listeners = List.copyOf(builder.listeners);
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    this.jitter = builder.jitter;
  }

  /**
   * Whether a client with these options can use the transport (the derived OkHttpClient) built
   * for {@code other}: it depends only on the supplied OkHttpClient, the interceptors and
   * logging, never on timeouts, retries or headers, which each attempt carries.
   */
  boolean sharesTransportWith(ClientOptions other) {
    return okHttpClient == other.okHttpClient && interceptors.equals(other.interceptors)
        && logLevel == other.logLevel && apiKey.value().equals(other.apiKey.value());
  }

  /** A builder holding these options, for {@link SigmaMindClient#withOptions}. */
  SigmaMindClient.Builder toBuilder() {
    SigmaMindClient.Builder builder = SigmaMindClient.builder()
        .apiKey(apiKey.value())
        .baseUrl(baseUrl.toString())
        .connectTimeout(connectTimeout)
        .attemptTimeout(attemptTimeout)
        .overallTimeout(overallTimeout)
        .maxRetries(maxRetries)
        .logLevel(logLevel);
    builder.parsedBaseUrl = baseUrl;
    builder.appInfo = appInfo;
    builder.okHttpClient = okHttpClient;
    builder.interceptors.addAll(interceptors);
    builder.listeners.addAll(listeners);
    builder.clock = clock;
    builder.sleeper = sleeper;
    builder.jitter = jitter;
    return builder;
  }

  private static ApiKey checkApiKey(@Nullable String key, List<String> problems) {
    if (key == null) {
      problems.add("apiKey is not set (call apiKey(...) or set SIGMAMIND_API_KEY)");
    } else if (key.isBlank()) {
      problems.add("apiKey is blank");
    } else if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      // Never echo the key: OkHttp's own header check would put it in its message.
      problems.add("apiKey contains whitespace or a character an HTTP header cannot carry");
    }
    return new ApiKey(key == null ? "" : key);
  }

  private static HttpUrl checkBaseUrl(String text, List<String> problems) {
    HttpUrl url = HttpUrl.parse(text.trim());
    if (url == null) {
      problems.add("baseUrl is not an http(s) URL: '" + text + "'");
      return HttpUrl.get(DEFAULT_BASE_URL + "/");
    }
    if (url.query() != null || url.fragment() != null) {
      problems.add("baseUrl must not have a query or fragment: '" + text + "'");
    }
    // Retrofit resolves the relative paths "v1/..." against the base, which must end with '/'.
    return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
  }

  private static Duration checkTimeout(String name, Duration value, List<String> problems) {
    if (value.isNegative() || value.isZero()) {
      problems.add(name + " must be positive but was " + DurationText.format(value));
    } else if (value.compareTo(MAX_TIMEOUT) > 0) {
      problems.add(name + " must be at most " + DurationText.format(MAX_TIMEOUT) + " but was " + DurationText.format(value));
    }
    return value;
  }

  private static @Nullable String checkAppInfo(@Nullable String appInfo, List<String> problems) {
    if (appInfo != null && (appInfo.isBlank() || !appInfo.chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
      problems.add("appInfo must be non-blank printable ASCII");
    }
    return appInfo;
  }

  @Override
  public String toString() {
    return "baseUrl=" + baseUrl
        + ", connectTimeout=" + DurationText.format(connectTimeout)
        + ", attemptTimeout=" + DurationText.format(attemptTimeout)
        + ", overallTimeout=" + DurationText.format(overallTimeout)
        + ", maxRetries=" + maxRetries
        + ", logLevel=" + logLevel
        + (appInfo == null ? "" : ", appInfo=" + appInfo)
        + (okHttpClient == null ? "" : ", okHttpClient=supplied")
        + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors.size())
        + (listeners.isEmpty() ? "" : ", listeners=" + listeners.size())
        + ", apiKey=" + apiKey;
  }
}
