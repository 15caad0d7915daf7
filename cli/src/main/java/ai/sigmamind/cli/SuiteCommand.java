package ai.sigmamind.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sigmamind suite run|sync|validate|plan}. */
@Command(name = "suite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Regression suites: YAML files of test cases for an agent.",
    subcommands = {SuiteRunCommand.class, SuiteSyncCommand.class, SuiteValidateCommand.class, SuitePlanCommand.class})
final class SuiteCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: run, sync, validate or plan");
  }
}
