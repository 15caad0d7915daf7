package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar as a person sees it on a terminal: {@code sigmamind suite run} in a tmux
 * pane, then the pane's screen read back. Redrawn in place, the bar leaves one line (the last
 * state), not one line per poll. The test waits on tmux's {@code wait-for} channels, never on
 * a timer. Without tmux it fails when {@code CI=true} ({@code .ci/run} installs it) and is
 * skipped elsewhere, saying why.
 */
class TerminalProgressTest {
  @TempDir
  Path directory;

  @Test
  void onATerminalTheBarIsRedrawnInPlace() throws Exception {
    String tmux = tmux();
    String session = "sigmamind-test-" + ProcessHandle.current().pid();
    String done = session + "-done";
    String release = session + "-release";
    Path script = Files.writeString(directory.resolve("run.sh"), String.join(" ", List.of(
        quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()), "-cp",
        quote(System.getProperty("java.class.path")), Main.class.getName(), "suite", "run", "--sandbox",
        quote(SuiteRunCommandTest.EXAMPLE_SUITE.toAbsolutePath().toString()), "--report-dir",
        quote(directory.resolve("reports").toString())))
        + "\n" + quote(tmux) + " wait-for -S " + done + "\n" + quote(tmux) + " wait-for " + release + "\n");
    run(tmux, "new-session", "-d", "-s", session, "-x", "160", "-y", "60", "sh " + quote(script.toString()));
    try {
      run(tmux, "wait-for", done);
      String screen = run(tmux, "capture-pane", "-p", "-J", "-t", session, "-S", "-");

      List<String> progressLines = screen.lines().filter(line -> line.contains("runs judged")).toList();
      assertThat(progressLines).as(screen).hasSize(1);
      assertThat(progressLines.get(0)).startsWith("  [########################] 16/16 runs judged (13 passed, 3 failed), ");
      assertThat(screen).contains("PASSED: pass rate 81.3% meets the minimum of 80.0%");
    } finally {
      run(tmux, "wait-for", "-S", release);
      run(tmux, "kill-session", "-t", session);
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static String tmux() {
    Optional<String> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "tmux")).filter(Files::isExecutable).map(Path::toString).findFirst();
    String reason = "tmux is not installed (apt-get install tmux; .ci/run installs it)";
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(reason + ": in CI the progress bar must be checked on a terminal");
    }
    Assumptions.assumeTrue(found.isPresent(), "SKIPPED, not checked on a terminal: " + reason);
    return found.orElseThrow();
  }
}
