package ai.sigmamind.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Test access to the CLI's in-process entry point, for the doors' parity test in the plugin's tests. */
public final class CliDoor {
  private CliDoor() {
  }

  /**
   * Runs {@code sigmamind args} in-process with an empty environment and properties.
   *
   * @param args the arguments after {@code sigmamind}
   * @return the exit code
   */
  public static int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
      return Main.execute(args, new CliContext(out, out, Map.<String, String>of()::get, Map.<String, String>of()::get,
          false, Clock.systemUTC(), false));
    }
  }
}
