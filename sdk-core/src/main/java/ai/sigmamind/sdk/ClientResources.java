package ai.sigmamind.sdk;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
  /** Threads in a blocking retry wait, interrupted by {@link #close()}; guarded by {@code this}. */
  private final Set<Thread> sleeping = new HashSet<>();
  /** Pending async retry waits, cancelled by {@link #close()}. */
  private final Set<CompletableFuture<Void>> delays = ConcurrentHashMap.newKeySet();
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
    this.sleeper = new SystemSleeper(scheduler);
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

  boolean isClosed() {
    return closed.get();
  }

  /**
   * Waits on the calling thread, ended early by {@link #close()}.
   *
   * @return false when the client was closed before or during the wait
   * @throws InterruptedException when the thread was interrupted by anything else
   */
  boolean sleepUnlessClosed(Sleeper sleeper, Duration wait) throws InterruptedException {
    Thread current = Thread.currentThread();
    synchronized (this) {
      if (closed.get()) {
        return false;
      }
      sleeping.add(current);
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      if (!closed.get()) {
        throw e;
      }
    } finally {
      synchronized (this) {
        sleeping.remove(current);
      }
    }
    if (closed.get()) {
      Thread.interrupted(); // close()'s interrupt, possibly after the wait ended: not the caller's
      return false;
    }
    return true;
  }

  /** A wait without blocking, cancelled by {@link #close()}. */
  CompletableFuture<Void> delayUnlessClosed(Sleeper sleeper, Duration wait) {
    CompletableFuture<Void> delay = sleeper.delay(wait);
    delays.add(delay);
    delay.whenComplete((ignored, error) -> delays.remove(delay));
    if (closed.get()) {
      delay.cancel(false);
    }
    return delay;
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("SigmaMindClient is closed");
    }
  }

  /**
   * Ends the calls waiting to retry (each ends as cancelled), stops the scheduler and, if the SDK
   * created it, the OkHttpClient's threads and connections.
   */
  void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (this) {
      sleeping.forEach(Thread::interrupt);
    }
    delays.forEach(delay -> delay.cancel(false));
    scheduler.shutdownNow();
    if (ownedHttpClient != null) {
      ownedHttpClient.dispatcher().executorService().shutdown();
      ownedHttpClient.connectionPool().evictAll();
    }
  }

  /** Real time: {@link Thread#sleep} and the client's scheduler. */
  private record SystemSleeper(ScheduledExecutorService scheduler) implements Sleeper {
    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis());
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      var task = scheduler.schedule(() -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
      done.whenComplete((ignored, error) -> task.cancel(false));
      return done;
    }
  }
}
