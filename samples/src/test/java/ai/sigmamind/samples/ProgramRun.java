package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of a sample's {@code run(...)}: its exit code and what it printed. */
record ProgramRun(int exitCode, String out, String err) {
  /** A sample's entry point with an explicit environment. */
  @FunctionalInterface
  interface Program {
    int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment);
  }

  static ProgramRun of(Program program, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exitCode = program.run(args, outStream, errStream, environment);
    }
    return new ProgramRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static ProgramRun quickstart(Map<String, String> environment, String... args) {
    return of(Quickstart::run, environment, args);
  }

  static ProgramRun batchRunExample(Map<String, String> environment, String... args) {
    return of(BatchRunExample::run, environment, args);
  }

  /** The environment that points a sample at {@code baseUrl} as if it were the real API. */
  static Map<String, String> apiAt(String baseUrl) {
    return Map.of(ApiConnection.API_KEY_VARIABLE, SigmaMindSandbox.SEED_API_KEY,
        "SIGMAMIND_BASE_URL", baseUrl);
  }
}
