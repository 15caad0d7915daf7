import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with a bound on its time: its output (stdout and stderr together) goes to a
 * file, so a chatty child never blocks on a full pipe, or (for a build) to this process's own output;
 * one still running at the bound is killed. Every check starts its children here.
 *
 * <p>Example: {@code Processes.run(List.of("java", "-version"), dir, Map.of(), Duration.ofMinutes(1))}.
 */
final class Processes {
  private Processes() {}

  /** What a finished child left: its exit code (-1 when killed at the bound) and its output. */
  record Result(int exit, String output) {
    boolean ok() {
      return exit == 0;
    }
  }

  /**
   * @param environment variables to set (a null value removes the variable) over this process's own
   */
  static Result run(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    return run(command, directory, environment, timeout, false);
  }

  /** As {@link #run(List, Path, Map, Duration)}; with {@code clearEnvironment}, only {@code environment} is set. */
  static Result run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
      boolean clearEnvironment) throws IOException, InterruptedException {
    Path log = Files.createTempFile("sigmamind-check", ".log");
    try {
      ProcessBuilder builder = builder(command, directory, environment, clearEnvironment)
          .redirectErrorStream(true).redirectOutput(log.toFile());
      int exit = exitWithin(builder.start(), timeout);
      String output = Files.readString(log, StandardCharsets.UTF_8);
      return new Result(exit, exit == -1 ? output + "\n(killed after " + timeout.toSeconds() + " s)" : output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * Runs a long child, such as a Maven build, whose output belongs in this process's own output as it
   * comes; returns its exit code, -1 when it was killed at the bound (which is then said on stderr).
   */
  static int runShowingOutput(List<String> command, Path directory, Map<String, String> environment,
      Duration timeout) throws IOException, InterruptedException {
    int exit = exitWithin(builder(command, directory, environment, false).inheritIO().start(), timeout);
    if (exit == -1) {
      System.err.println(String.join(" ", command) + ": killed after " + timeout.toSeconds() + " s");
    }
    return exit;
  }

  private static ProcessBuilder builder(List<String> command, Path directory, Map<String, String> environment,
      boolean clearEnvironment) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    if (clearEnvironment) {
      builder.environment().clear();
    }
    environment.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    return builder;
  }

  /** The child's exit code, or -1 after killing it (and its descendants) at the bound. */
  private static int exitWithin(Process process, Duration timeout) throws InterruptedException {
    if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return process.exitValue();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    return -1;
  }
}
