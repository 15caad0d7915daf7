package ai.sigmamind.cli;

import picocli.CommandLine.Command;

/** {@code sigmamind contract probe}. */
@Command(name = "contract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "The API contract: check the live service against the spec this tool was built with.",
    subcommands = ContractProbeCommand.class)
final class ContractCommand extends CommandGroup {
}
