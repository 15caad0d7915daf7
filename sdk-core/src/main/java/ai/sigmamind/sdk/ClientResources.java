package ai.sigmamind.sdk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * What a client built by {@link SigmaMindClient.Builder#build()} owns and shares with every client
 * derived from it: the scheduler used to wait between polls and, when the user supplied no
 * OkHttpClient, the SDK's own OkHttpClient (dispatcher threads and connection pool); and, per base
 * URL, the Retrofit interfaces that describe requests, so deriving a client builds none of them.
 */
final class ClientResources {
  private final @Nullable OkHttpClient ownedHttpClient;
  private final ScheduledExecutorService scheduler;
  private final Sleeper sleeper;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Map<HttpUrl, Apis> apis = new ConcurrentHashMap<>();

  /** The generated Retrofit interfaces bound to one base URL, each proxy made once. */
  static final class Apis {
    private final Retrofit retrofit;
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();

    Apis(Retrofit retrofit) {
      this.retrofit = retrofit;
    }

    <T> T of(Class<T> type) {
      return type.cast(proxies.computeIfAbsent(type, retrofit::create));
    }
  }

  ClientResources(boolean createHttpClient) {
    this.ownedHttpClient = createHttpClient ? new OkHttpClient() : null;
    // Its one thread starts with the first scheduled poll; daemon, so a forgotten close() cannot keep the JVM alive.
    this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "sigmamind-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    this.sleeper = Sleeper.system(scheduler);
  }

  /** The OkHttpClient to derive from when the options name none. */
  OkHttpClient httpClientOr(@Nullable OkHttpClient supplied) {
    if (supplied != null) {
      return supplied;
    }
    if (ownedHttpClient == null) {
      throw new IllegalStateException("no OkHttpClient supplied and none owned");
    }
    return ownedHttpClient;
  }

  /**
   * The request descriptions for a base URL. Retrofit only describes requests here: its call
   * factory hands the request back instead of creating an OkHttp call.
   */
  Apis apisFor(HttpUrl baseUrl) {
    return apis.computeIfAbsent(baseUrl, url -> {
      return new Apis(new Retrofit.Builder()
          .baseUrl(url)
          .callFactory(new DescribingCallFactory())
          .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
          .build());
    });
  }

  /** Test hook: the scheduler, to check {@link #close()} stops it. */
  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Real time on this scheduler, shared by every client of this root. */
  Sleeper sleeper() {
    return sleeper;
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("SigmaMindClient is closed");
    }
  }

  /** Stops the scheduler and, if the SDK created it, the OkHttpClient's threads and connections. */
  void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    scheduler.shutdownNow();
    if (ownedHttpClient != null) {
      ownedHttpClient.dispatcher().executorService().shutdown();
      ownedHttpClient.connectionPool().evictAll();
    }
  }
}
