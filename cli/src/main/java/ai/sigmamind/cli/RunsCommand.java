package ai.sigmamind.cli;

import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.report.TestRunPrinter;
import ai.sigmamind.suite.settings.TargetChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sigmamind runs get JOB --batch B --agent A [--json]}: the seed's call. */
@Command(name = "runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Test runs.", subcommands = RunsCommand.Get.class)
final class RunsCommand extends CommandGroup {
  /** {@code runs get}. */
  @Command(name = "get", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Fetches one test run (GET /v1/test-runs/{jobId}) and prints its verdict, remarks, test case, "
          + "dates and transcript; --json prints it as the API's JSON.")
  static final class Get extends SettingsCommand {
    @Parameters(index = "0", paramLabel = "JOB", description = "The run's job id.")
    String jobId;

    @Option(names = "--batch", required = true, paramLabel = "B", description = "The batch it belongs to.")
    String batchId;

    @Mixin
    AgentOption agent;

    @Option(names = "--json", description = "Print the run as JSON.")
    boolean json;

    Get(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      try (Target target = TargetChoice.read(values()).open()) {
        TestRun run = target.client().agent(agent.agentId).testRuns(batchId).get(jobId);
        if (json) {
          context.out().println(ModelJson.toJson(run));
        } else {
          context.out().println("On the " + target.description());
          TestRunPrinter.print(run, context.out());
        }
        return ExitCode.OK.code();
      }
    }
  }
}
