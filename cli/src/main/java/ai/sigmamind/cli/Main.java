package ai.sigmamind.cli;

import ai.sigmamind.sdk.SigmaMindException;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.SyncConflictException;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.settings.SettingsRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code sigmamind} command: {@code suite run|sync|validate}, {@code runs get},
 * {@code batch wait|report}, {@code sandbox}, {@code contract probe} and {@code help}. Exit codes:
 * 0 passed (or done), 1 a gate failed, 2 usage (flags, suite file, missing target or key,
 * unwritable output), 3 API error, timeout or interruption.
 *
 * <pre>{@code
 * java -jar sigmamind.jar suite run --sandbox samples/suites/demo-agent.yaml
 * SIGMAMIND_API_KEY=... java -jar sigmamind.jar suite run my-agent.yaml --min-pass-rate 0.9
 * }</pre>
 */
public final class Main {
  private Main() {
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the subcommand, its flags and arguments, as typed after {@code sigmamind}
   */
  public static void main(String[] args) {
    SettingsRegistry.environmentWarnings(System.getenv()).forEach(System.err::println);
    System.exit(execute(args, CliContext.system()));
  }

  /** Runs the command in {@code context}; returns the exit code. */
  static int execute(String[] args, CliContext context) {
    CommandLine cli = new CommandLine(new SigmaMindCommand(), new CommandFactory(context));
    cli.setOut(new PrintWriter(context.out(), true));
    cli.setErr(new PrintWriter(context.err(), true));
    SettingFlags.addTo(cli);
    // A bad flag gets one line, like every other usage error; a typo of a setting's flag is named as the registry
    // names it (as the engine and plugin do for a misspelt key), any other typo gets picocli's suggestions.
    cli.setParameterExceptionHandler((exception, arguments) -> {
      Optional<String> nearestSetting = SettingFlags.nearestSetting(exception);
      if (nearestSetting.isPresent()) {
        context.err().println(nearestSetting.get());
        context.err().println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName()
            + " --help' for more information.");
      } else {
        context.err().println(exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, context.err());
      }
      return ExitCode.USAGE_ERROR.code();
    });
    cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
      if (exception instanceof UsageException) {
        context.err().println(exception.getMessage());
        return ExitCode.USAGE_ERROR.code();
      }
      if (exception instanceof SyncConflictException) {
        context.err().println("Cannot sync the suite: " + exception.getMessage());
        return ExitCode.API_ERROR.code();
      }
      if (exception instanceof SigmaMindException) {
        context.err().println("API error: " + exception.getMessage());
        return ExitCode.API_ERROR.code();
      }
      throw exception;
    });
    return cli.execute(args);
  }
}
