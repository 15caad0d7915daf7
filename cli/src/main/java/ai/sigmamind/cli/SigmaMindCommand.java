package ai.sigmamind.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The root command: only subcommands and the standard {@code --help} and {@code --version}. */
@Command(name = "sigmamind", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Runs agent regression suites on SigmaMind as a CI gate, and calls its API.", ""},
    subcommands = {SuiteCommand.class, RunsCommand.class, BatchCommand.class, SandboxCommand.class, ContractCommand.class,
        HelpCommand.class},
    // One line per exit code, each short enough that an 80-column help never wraps it.
    footer = {"", "Exit codes:",
        "  0  passed (or done)",
        "  1  a gate failed (e.g. pass rate under the minimum)",
        "  2  usage error (flags, suite file, no target or key, unwritable output)",
        "  3  API error, timeout, Ctrl-C or SIGTERM"})
final class SigmaMindCommand extends CommandGroup {
}
