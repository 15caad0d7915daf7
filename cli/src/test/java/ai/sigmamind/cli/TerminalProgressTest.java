package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxClock;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.suite.Target;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar as a person sees it on a terminal: {@code sigmamind suite run} in a tmux
 * pane, then the pane's screen read back. Redrawn in place, the bar leaves one line (the last
 * state), not one line per poll; and it ticks every second between polls, which the SDK spaces
 * 1, 1.5, 2.25... seconds apart. The tests wait on tmux's {@code wait-for} channels or poll the
 * screen, each with a bound, never on a timer. Without tmux they fail when {@code CI=true}
 * ({@code .ci/run} installs it) and are skipped elsewhere, saying why.
 */
class TerminalProgressTest {
  private static final Pattern ELAPSED = Pattern.compile("runs judged \\(0 passed, 0 failed\\), 0:(\\d\\d) elapsed");

  @TempDir
  Path directory;

  @Test
  void onATerminalTheBarIsRedrawnInPlace() throws Exception {
    String screen = inTmux(Map.of(), "suite", "run", "--sandbox",
        SuiteRunCommandTest.EXAMPLE_SUITE.toAbsolutePath().toString(), "--report-dir", directory.resolve("reports").toString());

    List<String> progressLines = screen.lines().filter(line -> line.contains("runs judged")).toList();
    assertThat(progressLines).as(screen).hasSize(1);
    assertThat(progressLines.get(0)).startsWith("  [########################] 16/16 runs judged (13 passed, 3 failed), ");
    assertThat(screen).contains("PASSED: pass rate 81.3% meets the minimum of 80.0%");
  }

  @Test
  void theElapsedTimeTicksEverySecondBetweenPollsAndCtrlCSaysHowToResume() throws Exception {
    // The sandbox's clock stands still: no run is ever judged, so only the ticking can change the bar.
    try (SigmaMindSandbox api = Target.sandboxConfiguration().clock(SandboxClock.fixed(Instant.parse("2026-12-01T00:00:00Z")))
        .build().start()) {
      Path suite = Files.copy(SuiteRunCommandTest.EXAMPLE_SUITE, directory.resolve("demo-agent.yaml"));
      String tmux = tmux();
      Tmux pane = new Tmux(tmux, "sigmamind-tick-" + ProcessHandle.current().pid());
      pane.start(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(), "--report-dir",
          directory.resolve("reports").toString());
      try {
        // Polls at 0, 1, 2.5, 4.75 and 8.1 seconds would show 0:00, 0:01, 0:02, 0:04 and 0:08 at most.
        TreeSet<Integer> seen = new TreeSet<>();
        long deadline = System.nanoTime() + ChildProgram.BOUND.toNanos();
        while (seen.isEmpty() || seen.last() < 10) {
          Matcher elapsed = ELAPSED.matcher(pane.screen());
          while (elapsed.find()) {
            seen.add(Integer.parseInt(elapsed.group(1)));
          }
          assertThat(System.nanoTime()).as("the bar reached 0:10 within %s; seen %s", ChildProgram.BOUND, seen)
              .isLessThan(deadline);
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // a screen poll; no result depends on it
        }
        assertThat(seen.subSet(5, true, 10, true)).as("seconds shown between polls").hasSizeGreaterThanOrEqualTo(4);

        run(tmux, "send-keys", "-t", pane.session, "C-c");
        String screen = pane.awaitDone();

        assertThat(screen.lines().filter(line -> line.contains("runs judged"))).as(screen).hasSize(1);
        assertThat(screen).contains("INCOMPLETE: Interrupted (Ctrl-C or SIGTERM) while waiting")
            .containsPattern("Batch batch_\\w+ goes on at SigmaMind")
            .containsPattern("sigmamind suite run --report-dir \\S+ --resume batch_\\w+ ");
      } finally {
        pane.close();
      }
    }
  }

  /** Runs {@code sigmamind args} in a fresh tmux pane and returns its whole screen once the program ended. */
  private String inTmux(Map<String, String> environment, String... args) throws Exception {
    Tmux pane = new Tmux(tmux(), "sigmamind-test-" + ProcessHandle.current().pid());
    pane.start(environment, args);
    try {
      return pane.awaitDone();
    } finally {
      pane.close();
    }
  }

  /** One tmux session running one program, then signalling {@code done} and holding the screen until released. */
  private final class Tmux {
    final String tmux;
    final String session;

    Tmux(String tmux, String session) {
      this.tmux = tmux;
      this.session = session;
    }

    void start(Map<String, String> environment, String... args) throws Exception {
      StringBuilder command = new StringBuilder();
      environment.forEach((name, value) -> command.append(name).append('=').append(quote(value)).append(' '));
      command.append(quote(ChildProgram.javaCommand())).append(" -cp ").append(quote(System.getProperty("java.class.path")))
          .append(' ').append(Main.class.getName());
      for (String arg : args) {
        command.append(' ').append(quote(arg));
      }
      // The shell survives the pane's Ctrl-C (a trap, unlike an ignored signal, is not inherited by java).
      Path script = Files.writeString(directory.resolve(session + ".sh"), "trap 'true' INT\n" + command + "\n"
          + quote(tmux) + " wait-for -S " + session + "-done\n" + quote(tmux) + " wait-for " + session + "-release\n");
      run(tmux, "new-session", "-d", "-s", session, "-x", "160", "-y", "60", "sh " + quote(script.toString()));
    }

    String screen() throws Exception {
      return run(tmux, "capture-pane", "-p", "-J", "-t", session, "-S", "-");
    }

    String awaitDone() throws Exception {
      run(tmux, "wait-for", session + "-done");
      return screen();
    }

    void close() throws Exception {
      run(tmux, "wait-for", "-S", session + "-release");
      // Released, the script ends and may take the session (and the server) with it before this.
      try (ChildProgram kill = ChildProgram.start(Map.of(), List.of(tmux, "kill-session", "-t", session))) {
        kill.awaitExit();
      }
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    try (ChildProgram child = ChildProgram.start(Map.of(), List.of(command))) {
      int exitCode = child.awaitExit();
      assertThat(exitCode).as("%s: %s", String.join(" ", command), child.output()).isZero();
      return child.output();
    }
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
