package ai.sigmamind.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sigmamind contract probe}. */
@Command(name = "contract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "The API contract: check the live service against the spec this tool was built with.",
    subcommands = ContractProbeCommand.class)
final class ContractCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: probe");
  }
}
