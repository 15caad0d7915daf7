package ai.sigmamind.cli;

import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sigmamind suite validate FILE...}: the file checks only, no network. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Checks suite files without calling the API: every problem as file:line: message.",
        "Exit code 0 when all are valid, 2 otherwise."})
final class SuiteValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Suite files (YAML).")
  List<Path> files;

  private final CliContext context;

  SuiteValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    boolean allValid = true;
    for (Path file : files) {
      try {
        Suite suite = SuiteFile.read(file);
        context.out().println(file + ": valid, " + suite.testCases().size() + " test case(s) for agent "
            + suite.agentId() + " (suite " + suite.name() + ")");
      } catch (UsageException e) {
        context.err().println(e.getMessage());
        allValid = false;
      }
    }
    return allValid ? ExitCode.OK.code() : ExitCode.USAGE_ERROR.code();
  }
}
