package ai.sigmamind.cli;

import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Interruption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT, or SIGTERM) during a command that waits into exit 3: a shutdown hook
 * triggers the {@link Interruption} with the command's own reason, which ends the waits; the
 * command then writes what it has (reports, for {@code suite run}) and reports its exit code here,
 * and the hook ends the process with it. Without an installed hook (in-process tests) it only
 * carries the interruption.
 */
final class InterruptGuard implements AutoCloseable {
  /** How long the hook lets the run finish its reports before exiting anyway. */
  private static final long REPORT_GRACE_SECONDS = 60;
  /** How every command's reason starts: what stopped it. */
  static final String SIGNALS = "Interrupted (Ctrl-C or SIGTERM)";

  private final Interruption interruption = new Interruption();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile int exitCode = ExitCode.API_ERROR.code();
  private final Thread hook;
  private final boolean installed;
  private final String reason;

  private InterruptGuard(boolean install, String reason) {
    this.reason = reason;
    this.hook = new Thread(this::onShutdown, "sigmamind-interrupt");
    this.installed = install;
    if (install) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /**
   * The guard, its hook installed if {@code install}; {@code reason} (starting with {@link #SIGNALS})
   * is what the interruption says, so each command tells what stopping it leaves behind.
   */
  static InterruptGuard install(boolean install, String reason) {
    return new InterruptGuard(install, reason);
  }

  Interruption interruption() {
    return interruption;
  }

  /** Records the run's exit code, for the hook if it is waiting; returns it. */
  int finished(int code) {
    exitCode = code;
    finished.countDown();
    return code;
  }

  private void onShutdown() {
    interruption.trigger(reason);
    try {
      finished.await(REPORT_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().halt(exitCode);
  }

  @Override
  public void close() {
    finished.countDown();
    if (installed && !interruption.isTriggered()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook ends the process.
      }
    }
  }
}
