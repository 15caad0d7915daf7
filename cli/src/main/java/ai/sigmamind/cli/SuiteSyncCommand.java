package ai.sigmamind.cli;

import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.LockFile;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.SuiteSync;
import ai.sigmamind.suite.SyncPlan;
import ai.sigmamind.suite.SyncResult;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.settings.TargetChoice;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sigmamind suite sync FILE [--dry-run] [--prune]}: the plan, then (unless a dry run) applying it. */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Makes the agent's test cases match the suite: shows the plan (create, update which fields, "
        + "unchanged) and applies it. Test cases are found by the ids in the lock file beside the suite "
        + "(FILE without extension + .lock.json), else by label; created ids are recorded there at once.",
        "A test case that left the suite file stays on the agent and in the lock file (as removed), and is "
            + "reported, until --prune deletes it."})
final class SuiteSyncCommand extends SettingsCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The suite file (YAML).")
  Path file;

  @Option(names = "--dry-run", description = "Show the plan only; change nothing.")
  boolean dryRun;

  @Option(names = "--prune", description = "Delete on the agent the test cases that left the suite file "
      + "(the lock file records them), and drop them from the lock file.")
  boolean prune;

  SuiteSyncCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Suite suite = SuiteFile.read(file);
    TargetChoice choice = TargetChoice.read(values());
    if (!choice.isSandbox() && !dryRun) {
      ai.sigmamind.suite.SuiteRunner.checkLockFile(suite);
    }
    try (Target target = choice.open()) {
      context.out().println("Suite " + suite.name() + " (" + suite.file() + ") for agent " + suite.agentId()
          + " on the " + target.description());
      LockFile lock = target.lockFor(suite);
      SuiteSync sync = new SuiteSync(target.client().agent(suite.agentId()).testCases(), lock);
      SyncPlan plan = prune ? sync.plan(suite).pruning() : sync.plan(suite);
      context.out().println("Plan: " + plan.summary());
      context.out().print(plan.describe());
      if (dryRun) {
        context.out().println("Dry run: nothing was changed.");
        return ExitCode.OK.code();
      }
      SyncResult result = sync.apply(plan);
      context.out().println("Synced test cases: " + result.summary()
          + lock.file().map(path -> "; lock file " + path).orElse(""));
      return ExitCode.OK.code();
    }
  }
}
