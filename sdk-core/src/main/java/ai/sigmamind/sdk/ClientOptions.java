package ai.sigmamind.sdk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client's validated, immutable configuration, made by its own {@link Builder} (which {@link
 * SigmaMindClient.Builder} delegates to); every rule is checked there, all problems reported at once.
 */
final class ClientOptions {
  static final String DEFAULT_BASE_URL = "https://api.sigmamind.ai";
  static final String API_KEY_HEADER = "X-API-Key";

  final ApiKey apiKey;
  final HttpUrl baseUrl;
  /** Timeouts and retries, every one set; a call's {@link RequestOptions} may override them. */
  final CallSettings calls;
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
  private ClientOptions(Builder builder) {
    List<String> problems = new ArrayList<>();
    this.apiKey = checkApiKey(builder.apiKey, problems);
    this.baseUrl = builder.parsedBaseUrl != null ? builder.parsedBaseUrl : checkBaseUrl(builder.baseUrl, problems);
    this.calls = builder.calls.build();
    calls.check(problems);
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

  static Builder builder() {
    return new Builder();
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

  /** A new builder holding these options, for {@link SigmaMindClient#withOptions}. */
  Builder toBuilder() {
    Builder builder = new Builder();
    builder.apiKey = apiKey.value();
    builder.baseUrl = baseUrl.toString();
    builder.parsedBaseUrl = baseUrl;
    builder.calls = new CallSettings.Builder(calls);
    builder.appInfo = appInfo;
    builder.logLevel = logLevel;
    builder.okHttpClient = okHttpClient;
    builder.interceptors.addAll(interceptors);
    builder.listeners.addAll(listeners);
    builder.clock = clock;
    builder.sleeper = sleeper;
    builder.jitter = jitter;
    return builder;
  }

  /** The settings being gathered; {@link #build()} checks them. */
  static final class Builder {
    @Nullable String apiKey;
    String baseUrl = DEFAULT_BASE_URL;
    /** The checked form of {@link #baseUrl} when it came from built options; spares re-parsing. */
    @Nullable HttpUrl parsedBaseUrl;
    CallSettings.Builder calls = new CallSettings.Builder(CallSettings.DEFAULTS);
    @Nullable String appInfo;
    LogLevel logLevel = LogLevel.NONE;
    @Nullable OkHttpClient okHttpClient;
    final List<Interceptor> interceptors = new ArrayList<>();
    final List<RequestListener> listeners = new ArrayList<>();
    Clock clock = Clock.systemUTC();
    @Nullable Sleeper sleeper;
    DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {
    }

    void baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "baseUrl");
      this.parsedBaseUrl = null;
    }

    /** @throws IllegalStateException listing every invalid setting */
    ClientOptions build() {
      return new ClientOptions(this);
    }
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

  private static @Nullable String checkAppInfo(@Nullable String appInfo, List<String> problems) {
    if (appInfo != null && (appInfo.isBlank() || !appInfo.chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
      problems.add("appInfo must be non-blank printable ASCII");
    }
    return appInfo;
  }

  @Override
  public String toString() {
    return "baseUrl=" + baseUrl
        + ", " + calls
        + ", logLevel=" + logLevel
        + (appInfo == null ? "" : ", appInfo=" + appInfo)
        + (okHttpClient == null ? "" : ", okHttpClient=supplied")
        + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors.size())
        + (listeners.isEmpty() ? "" : ", listeners=" + listeners.size())
        + ", apiKey=" + apiKey;
  }
}
