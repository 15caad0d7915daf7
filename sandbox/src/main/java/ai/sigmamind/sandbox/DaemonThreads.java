package ai.sigmamind.sandbox;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads that never keep the JVM alive: a sandbox left open must not block a test run's exit. */
final class DaemonThreads {
  private DaemonThreads() {
  }

  /** Daemon threads named {@code name-1}, {@code name-2}, ... */
  static ThreadFactory named(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
