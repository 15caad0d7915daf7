package ai.sigmamind.cli;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** One in-process run of {@code sigmamind}: its exit code and what it printed (no terminal, no signal handling). */
record ProgramRun(int exitCode, String out, String err) {
  /** {@code sigmamind args} with this environment and no system properties. */
  static ProgramRun sigmamind(Map<String, String> environment, String... args) {
    return sigmamind(environment, Map.of(), args);
  }

  /** {@code sigmamind args} with this environment and these system properties. */
  static ProgramRun sigmamind(Map<String, String> environment, Map<String, String> properties, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exitCode = Main.execute(args, new CliContext(outStream, errStream, environment::get, properties::get, false,
          Clock.systemUTC(), false));
    }
    return new ProgramRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The environment that points the CLI at {@code baseUrl} as if it were the real API. */
  static Map<String, String> apiAt(String baseUrl) {
    return Map.of("SIGMAMIND_API_KEY", SigmaMindSandbox.SEED_API_KEY, "SIGMAMIND_BASE_URL", baseUrl);
  }
}
