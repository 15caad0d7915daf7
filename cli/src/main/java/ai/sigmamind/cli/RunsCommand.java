package ai.sigmamind.cli;

import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.report.TestRunPrinter;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.TargetChoice;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sigmamind runs get JOB --batch B --agent A [--json]}: the seed's call. */
@Command(name = "runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Test runs.", subcommands = RunsCommand.Get.class)
final class RunsCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: get");
  }

  /** {@code runs get}. */
  @Command(name = "get", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Fetches one test run (GET /v1/test-runs/{jobId}) and prints its verdict, remarks, test case, "
          + "dates and transcript; --json prints it as the API's JSON.")
  static final class Get implements Callable<Integer>, SettingFlags.User {
    @Parameters(index = "0", paramLabel = "JOB", description = "The run's job id.")
    String jobId;

    @Option(names = "--batch", required = true, paramLabel = "B", description = "The batch it belongs to.")
    String batchId;

    @Option(names = "--agent", required = true, paramLabel = "A", description = "The agent it belongs to.")
    String agentId;

    @Option(names = "--json", description = "Print the run as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    Get(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (Target target = TargetChoice.read(SettingFlags.values(spec, context)).open()) {
        TestRun run = target.client().agent(agentId).testRuns(batchId).get(jobId);
        if (json) {
          context.out().println(ModelJson.toJson(run));
        } else {
          context.out().println("On the " + target.description());
          TestRunPrinter.print(run, context.out());
        }
        return ExitCode.OK.code();
      }
    }

    @Override
    public List<Setting> settings() {
      return SettingFlags.TARGET;
    }
  }
}
