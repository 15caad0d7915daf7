package ai.sigmamind.cli;

import static ai.sigmamind.suite.settings.SettingsRegistry.ALPHA;
import static ai.sigmamind.suite.settings.SettingsRegistry.BASELINE;
import static ai.sigmamind.suite.settings.SettingsRegistry.CONFIRM_BUDGET;
import static ai.sigmamind.suite.settings.SettingsRegistry.MIN_DROP;
import static ai.sigmamind.suite.settings.SettingsRegistry.MIN_PASS_RATE;
import static ai.sigmamind.suite.settings.SettingsRegistry.PARALLEL;
import static ai.sigmamind.suite.settings.SettingsRegistry.RECORD_BASELINE;
import static ai.sigmamind.suite.settings.SettingsRegistry.REPORT_DIR;
import static ai.sigmamind.suite.settings.SettingsRegistry.TIMEOUT;

import ai.sigmamind.suite.BaselineGate;
import ai.sigmamind.suite.report.GitHubActions;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.report.ResultTable;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.settings.RunOptions;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.TargetChoice;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sigmamind suite run FILE...}: sync, one batch per suite, wait, report, gate. Everything
 * that can fail without the network (suite files, target, report and lock paths) is checked
 * before the first request.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Syncs each suite's test cases to its agent, runs them as one batch per suite (several suites "
        + "at once, up to --parallel), waits, prints a table per suite, writes the reports (JUnit XML, JSON, "
        + "HTML per suite, summary.md for all) and exits with one combined verdict.",
        "With --baseline FILE the run is also compared with a recorded baseline case by case and fails (exit 1) "
            + "on a statistically significant drop of at least --min-drop; suspect cases the first batch cannot "
            + "settle are re-run in one confirmation batch (--confirm-budget). --record-baseline records one.",
        "Ctrl-C (or SIGTERM) while waiting, or --timeout, writes the reports with the runs judged so far, exits "
            + "with 3 and prints the command that resumes the wait: the batch goes on at SigmaMind, and "
            + "--resume BATCH_ID waits for it and gates it as this run would have, without starting a new batch (but "
            + "for a confirmation batch, if the baseline gate asks for one).",
        "Under GitHub Actions (GITHUB_ACTIONS=true) the summary is also appended to $GITHUB_STEP_SUMMARY and each "
            + "failed or regressed case is annotated at its line in the suite file."})
final class SuiteRunCommand extends SettingsCommand {
  /** Where the reports go unless --report-dir says otherwise: relative to the working directory. */
  static final Path DEFAULT_REPORT_DIR = Path.of("sigmamind-results");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Suite files (YAML), one agent each.")
  List<Path> files;

  @Option(names = "--prune", description = "Delete on the agent the test cases that left a suite file (its lock file "
      + "records them) before the batch; without it they are reported and kept.")
  boolean prune;

  @Option(names = ResumeHint.RESUME_OPTION, paramLabel = "BATCH_ID",
      description = "Wait for this batch, started by an earlier run of the suite that stopped waiting, and judge and "
          + "report it as that run would have: nothing is synced and no batch is started (but for a confirmation "
          + "batch, if the baseline gate asks for one). One per FILE, in order.")
  List<String> resume = List.of();

  SuiteRunCommand(CliContext context) {
    super(context);
  }

  @Override
  public List<Setting> settings() {
    return SettingFlags.withTarget(MIN_PASS_RATE, BASELINE, MIN_DROP, ALPHA, CONFIRM_BUDGET, RECORD_BASELINE, TIMEOUT,
        PARALLEL, REPORT_DIR);
  }

  @Override
  public Integer call() {
    List<Suite> suites = SuiteFile.readAll(files);
    SettingValues values = values();
    SuiteRunner.Settings settings = RunOptions.read(values, DEFAULT_REPORT_DIR, suites);
    RunOptions.Keeping keeping = RunOptions.keeping(values, suites);
    TargetChoice choice = TargetChoice.read(values);
    checkResume(choice);
    SuiteRunner.check(suites, settings, !choice.isSandbox());
    PrintStream out = context.out();
    try (Target target = choice.open();
        InterruptGuard guard = InterruptGuard.install(context.handleInterrupts(), InterruptGuard.SIGNALS
            + " while waiting; the runs not judged yet are reported as pending")) {
      out.println("Target: " + target.description() + (choice.isSandbox() ? "" : " (key from " + choice.keySource() + ")"));
      ProgressDisplay display = ProgressDisplay.of(out, context.clock(), context.terminal());
      SuiteRunner runner = new SuiteRunner(target, settings, display, guard.interruption(), context.clock());
      SuiteRunner.Outcome outcome = !resume.isEmpty() ? runner.resume(suites, resume)
          : (prune ? runner.pruning() : runner).run(suites);
      print(outcome, settings.reports());
      ResumeHint.lines(spec.commandLine().getParseResult(),
          outcome.results().stream().filter(result -> result.incomplete() != null).toList(), choice.isSandbox(),
          settings.gates().stream().anyMatch(BaselineGate.class::isInstance))
          .forEach(out::println);
      keeping.keep(outcome).forEach(out::println);
      GitHubActions.detect(context.environment()).ifPresent(github -> github.report(outcome, out));
      return guard.finished(outcome.exitCode().code());
    }
  }

  private void checkResume(TargetChoice choice) {
    if (resume.isEmpty()) {
      return;
    }
    if (resume.size() != files.size()) {
      throw new UsageException("--resume names the batch of each suite FILE, in the same order: " + files.size()
          + " file(s) but " + resume.size() + " --resume");
    }
    if (prune) {
      throw new UsageException("--prune deletes test cases while syncing, and --resume syncs nothing: give one of them");
    }
    if (choice.isSandbox()) {
      throw new UsageException("--resume waits for a batch on the API or a standalone sandbox (--base-url); the embedded "
          + "sandbox (--sandbox) starts empty each time, so it has no batch to resume");
    }
  }

  private void print(SuiteRunner.Outcome outcome, ReportFiles reports) {
    PrintStream out = context.out();
    boolean several = outcome.results().size() + outcome.errors().size() > 1;
    for (SuiteResult result : outcome.results()) {
      out.println();
      out.print(ResultTable.render(result));
    }
    outcome.errors().forEach(context.err()::println);
    out.println();
    if (!outcome.reportFiles().isEmpty()) {
      out.println(outcome.reportFilesLine(reports.directory()));
    }
    for (SuiteResult result : outcome.results()) {
      out.println((several ? result.suite().name() + ": " : "") + result.verdictLine());
    }
    if (several) {
      out.println("Combined verdict: " + SuiteRunner.combinedVerdict(outcome.results(), outcome.errors()).name()
          + (outcome.errors().isEmpty() ? "" : " (" + outcome.errors().size() + " suite(s) could not run)")
          + ", exit code " + outcome.exitCode().code());
    }
  }
}
