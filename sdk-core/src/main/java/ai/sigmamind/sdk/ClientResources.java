package ai.sigmamind.sdk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a client built by {@link SigmaMindClient.Builder#build()} owns and shares with every client
 * derived from it: the scheduler used to wait between polls and, when the user supplied no
 * OkHttpClient, the SDK's own OkHttpClient (dispatcher threads and connection pool).
 */
final class ClientResources {
  private final @Nullable OkHttpClient ownedHttpClient;
  private final ScheduledExecutorService scheduler;
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientResources(boolean createHttpClient) {
    this.ownedHttpClient = createHttpClient ? new OkHttpClient() : null;
    // Its one thread starts with the first scheduled poll; daemon, so a forgotten close() cannot keep the JVM alive.
    this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "sigmamind-scheduler");
      thread.setDaemon(true);
      return thread;
    });
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

  ScheduledExecutorService scheduler() {
    return scheduler;
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
