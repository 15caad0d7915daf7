package ai.sigmamind.cli;

import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.PassRateGate;
import ai.sigmamind.suite.ProgressDisplay;
import ai.sigmamind.suite.ReportFiles;
import ai.sigmamind.suite.ResultTable;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        "Ctrl-C while waiting writes the reports with the runs judged so far and exits with 3."})
final class SuiteRunCommand implements Callable<Integer> {
  /** In a CI log, at most one progress line per suite this often. */
  static final Duration LOG_PROGRESS_INTERVAL = Duration.ofSeconds(10);

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Suite files (YAML), one agent each.")
  List<Path> files;

  @Option(names = "--min-pass-rate", paramLabel = "R", defaultValue = "0.8",
      description = "Lowest passing pass rate, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double minPassRate;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
      description = "How long to wait for each batch: 90s, 20m, 1h or PT20M (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
      description = "How many suites run at a time (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "sigmamind-results",
      description = "Where the reports go, relative to the working directory (default: ${DEFAULT-VALUE}).")
  Path reportDirectory;

  @Mixin
  TargetOptions targetOptions;

  private final CliContext context;

  SuiteRunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SuiteRunner.Settings settings = settings();
    List<Suite> suites = SuiteFiles.read(files);
    TargetOptions.Choice choice = targetOptions.choose(context);
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
      return guard.finished(outcome.exitCode().code());
    }
  }

  private SuiteRunner.Settings settings() {
    if (!(minPassRate >= 0 && minPassRate <= 1)) {
      throw new ai.sigmamind.suite.UsageException("--min-pass-rate must be from 0 to 1 (0.8 means 80%), was " + minPassRate);
    }
    if (parallel < 1) {
      throw new ai.sigmamind.suite.UsageException("--parallel must be at least 1, was " + parallel);
    }
    return new SuiteRunner.Settings(new ReportFiles(reportDirectory), timeout, parallel,
        List.of(new PassRateGate(minPassRate)));
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
