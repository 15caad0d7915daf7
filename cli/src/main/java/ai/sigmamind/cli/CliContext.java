package ai.sigmamind.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a command reads from and writes to outside its arguments: the streams, the environment and
 * system properties (a key can come from either), whether stdout is a terminal, the clock, and
 * whether Ctrl-C is handled (by the real process only, not by in-process tests).
 *
 * <pre>{@code
 * int exitCode = Main.execute(new String[] {"suite", "validate", "demo-agent.yaml"}, CliContext.system());
 * }</pre>
 *
 * @param out results and progress
 * @param err errors
 * @param environment environment variables by name
 * @param properties system properties by name
 * @param terminal whether {@code out} is an interactive terminal (progress redrawn in place)
 * @param clock for elapsed times
 * @param handleInterrupts whether {@code suite run}, {@code batch wait} and {@code contract probe} turn Ctrl-C
 *     (and SIGTERM) into their own ending: what was done so far, exit 3
 */
record CliContext(PrintStream out, PrintStream err, Function<String, @Nullable String> environment,
    Function<String, @Nullable String> properties, boolean terminal, Clock clock, boolean handleInterrupts) {

  /** The process's own streams, environment and properties. */
  static CliContext system() {
    return new CliContext(System.out, System.err, System::getenv, System::getProperty,
        ai.sigmamind.suite.report.Terminal.isInteractive(), Clock.systemUTC(), true);
  }
}
