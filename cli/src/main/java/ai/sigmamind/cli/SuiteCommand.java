package ai.sigmamind.cli;

import picocli.CommandLine.Command;

/** {@code sigmamind suite run|sync|validate|plan}. */
@Command(name = "suite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Regression suites: YAML files of test cases for an agent.",
    subcommands = {SuiteRunCommand.class, SuiteSyncCommand.class, SuiteValidateCommand.class, SuitePlanCommand.class})
final class SuiteCommand extends CommandGroup {
}
