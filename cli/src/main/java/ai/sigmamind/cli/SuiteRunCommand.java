package ai.sigmamind.cli;

import static ai.sigmamind.suite.settings.SettingsRegistry.ALPHA;
import static ai.sigmamind.suite.settings.SettingsRegistry.BASELINE;
import static ai.sigmamind.suite.settings.SettingsRegistry.MIN_DROP;
import static ai.sigmamind.suite.settings.SettingsRegistry.MIN_PASS_RATE;
import static ai.sigmamind.suite.settings.SettingsRegistry.PARALLEL;
import static ai.sigmamind.suite.settings.SettingsRegistry.RECORD_BASELINE;
import static ai.sigmamind.suite.settings.SettingsRegistry.REPORT_DIR;
import static ai.sigmamind.suite.settings.SettingsRegistry.TIMEOUT;

import ai.sigmamind.suite.Baselines;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.report.ResultTable;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.settings.RunOptions;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.TargetChoice;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sigmamind suite run FILE...}: sync, one batch per suite, wait, report, gate. Everything
 * that can fail without the network (suite files, target, report and lock paths) is checked
 * before the first request.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Syncs each suite's test cases to its agent, runs them as one batch per suite (several suites "
        + "at once, up to --parallel), waits, prints a table per suite, writes the reports (JUnit XML, JSON, "
        + "HTML per suite, summary.md for all) and exits with one combined verdict.",
        "With --baseline FILE the run is compared with a recorded baseline case by case and fails (exit 1) only "
            + "on a statistically significant drop of at least --min-drop; --record-baseline records one.",
        "Ctrl-C while waiting writes the reports with the runs judged so far and exits with 3."})
final class SuiteRunCommand implements Callable<Integer>, SettingFlags.User {
  /** In a CI log, at most one progress line per suite this often. */
  static final Duration LOG_PROGRESS_INTERVAL = Duration.ofSeconds(10);
  /** Where the reports go unless --report-dir says otherwise: relative to the working directory. */
  static final Path DEFAULT_REPORT_DIR = Path.of("sigmamind-results");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Suite files (YAML), one agent each.")
  List<Path> files;

  @Spec
  CommandSpec spec;

  private final CliContext context;

  SuiteRunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public List<Setting> settings() {
    return Stream.concat(Stream.of(MIN_PASS_RATE, BASELINE, MIN_DROP, ALPHA, RECORD_BASELINE, TIMEOUT, PARALLEL,
        REPORT_DIR), SettingFlags.TARGET.stream()).toList();
  }

  @Override
  public Integer call() {
    List<Suite> suites = SuiteFiles.read(files);
    SettingValues values = SettingFlags.values(spec, context);
    SuiteRunner.Settings settings = RunOptions.read(values, DEFAULT_REPORT_DIR, suites);
    boolean recordBaseline = values.flag(RECORD_BASELINE);
    if (recordBaseline) {
      suites.forEach(Baselines::checkRecordable);
    }
    TargetChoice choice = TargetChoice.read(values);
    SuiteRunner.check(suites, settings, !choice.isSandbox());
    PrintStream out = context.out();
    try (Target target = choice.open();
        InterruptGuard guard = InterruptGuard.install(context.handleInterrupts())) {
      out.println("Target: " + target.description());
      ProgressDisplay display = context.terminal()
          ? ProgressDisplay.live(out, context.clock())
          : ProgressDisplay.plain(out, context.clock(), LOG_PROGRESS_INTERVAL);
      SuiteRunner.Outcome outcome = new SuiteRunner(target, settings, display, guard.interruption(), context.clock())
          .run(suites);
      print(outcome, settings.reports());
      keepHistory(outcome, recordBaseline, values.path(BASELINE).orElse(null));
      return guard.finished(outcome.exitCode().code());
    }
  }

  /** Records the baselines asked for, or adds a gated run to the history beside its baseline. */
  private void keepHistory(SuiteRunner.Outcome outcome, boolean recordBaseline, @Nullable Path baseline) {
    for (SuiteResult result : outcome.results()) {
      List<Path> written = recordBaseline ? Baselines.record(result)
          : baseline != null ? Baselines.appendHistory(baseline, result).stream().toList() : List.of();
      if (!written.isEmpty()) {
        context.out().println((recordBaseline ? "Recorded the baseline: " : "Added the run to the history: ")
            + String.join(", ", written.stream().map(String::valueOf).toList()));
      } else if (recordBaseline) {
        context.out().println("Not recorded as a baseline: the run of " + result.suite().name() + " is incomplete");
      }
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
      out.println("Wrote " + outcome.reportFiles().size() + " reports to " + reports.directory() + ": "
          + String.join(", ", outcome.reportFiles().stream().map(path -> String.valueOf(path.getFileName())).toList()));
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
