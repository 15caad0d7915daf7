package ai.sigmamind.cli;

import picocli.CommandLine.Option;

/** The {@code --agent} that the batch or run a command names belongs to. */
final class AgentOption {
  @Option(names = "--agent", required = true, paramLabel = "A", description = "The agent it belongs to.")
  String agentId;
}
