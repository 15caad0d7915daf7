package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sigmamind} in a JVM of its own, as a user runs it. Its output (stdout and stderr) is read
 * on a thread of its own into a queue, so every wait on it has a bound and a test fails, with
 * everything printed so far, instead of hanging. Closing it kills the child.
 */
final class ChildProgram implements AutoCloseable {
  /** The longest any step of a child (a line, a signal, its exit) may take before the test fails. */
  static final Duration BOUND = Duration.ofSeconds(60);
  /** SIGINT's bit in the {@code SigIgn} mask of {@code /proc/PID/status}: signal 2, bit 1. */
  private static final long SIGINT_BIT = 1L << 1;
  private static final String END = "\u0000end of output";

  private final Process process;
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildProgram(Process process) {
    this.process = process;
    this.reader = new Thread(this::pump, "child-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** {@code sigmamind args} in a new JVM on this test's class path, with {@code environment} added to ours. */
  static ChildProgram sigmamind(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    return start(environment, command);
  }

  /** {@code command} as is, with {@code environment} added to ours; stderr read with stdout. */
  static ChildProgram start(Map<String, String> environment, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    return start(builder);
  }

  /** What {@code builder} starts; its stdout is read (stderr too if the builder merges it). */
  static ChildProgram start(ProcessBuilder builder) throws IOException {
    return new ChildProgram(builder.start());
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Waits, at most {@link #BOUND}, for a line matching {@code pattern}.
   *
   * @return the pattern's first group in that line
   */
  String awaitLine(Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (true) {
      String line = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        throw new AssertionError((line == null ? "No line matching " + pattern + " within " + BOUND
            : "The program ended before printing " + pattern) + ":\n" + output());
      }
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
  }

  /**
   * The signal that stops the child as Ctrl-C would: SIGINT, unless the child ignores it (started
   * with SIGINT ignored, as a background job of a non-interactive shell is, the JVM installs no
   * handler for it); then SIGTERM, which the tool handles the same way.
   *
   * @return {@code INT} or {@code TERM}
   */
  String ctrlC() throws IOException {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return "INT";
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & SIGINT_BIT) != 0 ? "TERM" : "INT";
      }
    }
    return "INT";
  }

  /** Sends {@code signal} ({@code INT}, {@code TERM}) to the child. */
  void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
    assertThat(kill.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("kill -%s ended", signal).isTrue();
    assertThat(kill.exitValue()).as("kill -%s", signal).isZero();
  }

  /**
   * Waits, at most {@link #BOUND}, for the child to exit and its output to end.
   *
   * @return its exit code
   */
  int awaitExit() throws InterruptedException {
    assertThat(process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("exited within %s:%n%s", BOUND, output()).isTrue();
    reader.join(BOUND.toMillis());
    assertThat(reader.isAlive()).as("its output ended").isFalse();
    return process.exitValue();
  }

  /** Everything the child printed so far, one line each. */
  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  private void pump() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
        queue.add(line);
      }
    } catch (IOException e) {
      // Killed while reading: what was read stays, and the output ends here.
      synchronized (lines) {
        lines.add("(output cut: " + e.getMessage() + ")");
      }
    } finally {
      queue.add(END);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS);
  }
}
