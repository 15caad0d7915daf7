package ai.sigmamind.cli;

import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.settings.RunOptions;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.SettingsRegistry;
import ai.sigmamind.suite.settings.TargetChoice;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sigmamind batch wait|report BATCH --agent A}. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Batch runs.", subcommands = {BatchCommand.Wait.class, BatchCommand.Report.class})
final class BatchCommand extends CommandGroup {
  /** {@code batch wait}. */
  @Command(name = "wait", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Waits until every run of the batch is judged, showing progress.",
          "Ctrl-C (or SIGTERM) or --timeout exits with 3 and prints the command that waits for the batch again: "
              + "it goes on at SigmaMind."})
  static final class Wait extends SettingsCommand {
    @Parameters(index = "0", paramLabel = "BATCH", description = "The batch id.")
    String batchId;

    @Mixin
    AgentOption agent;

    Wait(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      SettingValues values = values();
      Duration timeout = values.duration(SettingsRegistry.TIMEOUT).orElse(RunOptions.DEFAULT_TIMEOUT);
      try (Target target = TargetChoice.read(values).open();
          InterruptGuard guard = InterruptGuard.install(context.handleInterrupts(),
              InterruptGuard.SIGNALS + " while waiting for batch " + batchId)) {
        context.out().println("Waiting for batch " + batchId + " on the " + target.description());
        ProgressDisplay display = ProgressDisplay.of(context.out(), context.clock(), context.terminal());
        CompletableFuture<BatchRun> wait = target.client().agent(agent.agentId).batchRuns().waitForCompletionAsync(
            batchId, target.waitOptions().timeout(timeout).onProgress(display.track(batchId)).build());
        String incomplete = guard.interruption().await(wait);
        display.finish();
        if (incomplete != null) {
          context.err().println(incomplete);
          ResumeHint.waitLines(spec.commandLine().getParseResult(), batchId).forEach(context.out()::println);
          return guard.finished(ExitCode.API_ERROR.code());
        }
        BatchProgress progress = BatchProgress.of(wait.join());
        context.out().println("Batch " + batchId + " is complete: " + progress.done() + "/" + progress.total()
            + " runs judged (" + progress.successful() + " passed, " + progress.failed() + " failed)");
        return guard.finished(ExitCode.OK.code());
      }
    }

    @Override
    public List<Setting> settings() {
      return SettingFlags.withTarget(SettingsRegistry.TIMEOUT);
    }
  }

  /** {@code batch report}. */
  @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Prints the batch's verdicts per test case and each failure's remarks; --json prints the "
          + "batch and its runs as JSON.")
  static final class Report extends SettingsCommand {
    @Parameters(index = "0", paramLabel = "BATCH", description = "The batch id.")
    String batchId;

    @Mixin
    AgentOption agent;

    @Option(names = "--json", description = "Print the batch and its runs as JSON.")
    boolean json;

    Report(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      try (Target target = TargetChoice.read(values()).open()) {
        BatchReport report = target.client().agent(agent.agentId).batchRuns().report(batchId);
        if (json) {
          Map<String, Object> root = new LinkedHashMap<>();
          root.put("batch", report.batch());
          root.put("runs", report.runs());
          context.out().println(ModelJson.toJson(root));
        } else {
          context.out().println("Batch " + batchId + " of agent " + agent.agentId + " on the " + target.description());
          context.out().print(report.toTable());
        }
        return ExitCode.OK.code();
      }
    }
  }
}
