package ai.sigmamind.cli;

import ai.sigmamind.suite.BaselineGate;
import ai.sigmamind.suite.Baselines;
import ai.sigmamind.suite.Gate;
import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.PassRateGate;
import ai.sigmamind.suite.ProgressDisplay;
import ai.sigmamind.suite.ReportFiles;
import ai.sigmamind.suite.ResultTable;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.stats.GateSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
        "Ctrl-C (or SIGTERM) while waiting, or --timeout, writes the reports with the runs judged so far, exits "
            + "with 3 and prints the command that resumes the wait: the batch goes on at SigmaMind, and "
            + "--resume BATCH_ID waits for it and gates it as this run would have, without starting a new batch."})
final class SuiteRunCommand implements Callable<Integer> {
  /** The absolute floor when neither --min-pass-rate nor --baseline is given. */
  static final double DEFAULT_MIN_PASS_RATE = 0.8;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Suite files (YAML), one agent each.")
  List<Path> files;

  @Option(names = "--min-pass-rate", paramLabel = "R",
      description = "Lowest passing overall pass rate, 0 to 1 (default: 0.8 without --baseline, none with it).")
  @Nullable Double minPassRate;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Compare with this recorded baseline (one suite only): fail only on a statistically significant "
          + "drop of at least --min-drop in a test case.")
  @Nullable Path baseline;

  @Option(names = "--min-drop", paramLabel = "D",
      description = "With --baseline: the smallest drop in a case's pass rate that fails the gate, 0 to 1 (default: 0.15).")
  @Nullable Double minDrop;

  @Option(names = "--alpha", paramLabel = "A",
      description = "With --baseline: the accepted chance of a false alarm over all cases together (default: 0.05).")
  @Nullable Double alpha;

  @Option(names = "--record-baseline",
      description = "After a complete run, record it as each suite's baseline (<suite>.baseline.yaml beside the suite "
          + "file; cases not run keep theirs) and append it to <suite>.history.jsonl.")
  boolean recordBaseline;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
      description = "How long to wait for each batch: 90s, 20m, 1h or PT20M (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
      description = "How many suites run at a time (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "sigmamind-results",
      description = "Where the reports go, relative to the working directory (default: ${DEFAULT-VALUE}).")
  Path reportDirectory;

  @Option(names = ResumeHint.RESUME_OPTION, paramLabel = "BATCH_ID",
      description = "Wait for this batch, started by an earlier run of the suite that stopped waiting, and judge and "
          + "report it as that run would have: nothing is synced and no batch is started. One per FILE, in order.")
  List<String> resume = List.of();

  @Mixin
  TargetOptions targetOptions;

  @Spec
  CommandSpec spec;

  private final CliContext context;

  SuiteRunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Suite> suites = SuiteFiles.read(files);
    SuiteRunner.Settings settings = settings(suites);
    if (recordBaseline) {
      suites.forEach(Baselines::checkRecordable);
    }
    TargetOptions.Choice choice = targetOptions.choose(context);
    checkResume(choice);
    SuiteRunner.check(suites, settings, !choice.isSandbox());
    PrintStream out = context.out();
    try (Target target = choice.open();
        InterruptGuard guard = InterruptGuard.install(context.handleInterrupts())) {
      out.println("Target: " + target.description());
      ProgressDisplay display = ProgressDisplay.of(out, context.clock(), context.terminal());
      SuiteRunner runner = new SuiteRunner(target, settings, display, guard.interruption(), context.clock());
      SuiteRunner.Outcome outcome = resume.isEmpty() ? runner.run(suites) : runner.resume(suites, resume);
      print(outcome, settings.reports());
      ResumeHint.lines(spec.commandLine().getParseResult(),
          outcome.results().stream().filter(result -> result.incomplete() != null).toList(), choice.isSandbox())
          .forEach(out::println);
      keepHistory(outcome);
      return guard.finished(outcome.exitCode().code());
    }
  }

  private void checkResume(TargetOptions.Choice choice) {
    if (resume.isEmpty()) {
      return;
    }
    if (resume.size() != files.size()) {
      throw new UsageException("--resume names the batch of each suite FILE, in the same order: " + files.size()
          + " file(s) but " + resume.size() + " --resume");
    }
    if (choice.isSandbox()) {
      throw new UsageException("--resume waits for a batch on the API or a standalone sandbox (--base-url); the embedded "
          + "sandbox (--sandbox) starts empty each time, so it has no batch to resume");
    }
  }

  private SuiteRunner.Settings settings(List<Suite> suites) {
    if (parallel < 1) {
      throw new UsageException("--parallel must be at least 1, was " + parallel);
    }
    List<Gate> gates = new ArrayList<>();
    Double floor = minPassRate;
    if (floor == null && baseline == null) {
      floor = DEFAULT_MIN_PASS_RATE;
    }
    if (floor != null) {
      if (!(floor >= 0 && floor <= 1)) {
        throw new UsageException("--min-pass-rate must be from 0 to 1 (0.8 means 80%), was " + floor);
      }
      gates.add(new PassRateGate(floor));
    }
    if (baseline != null) {
      if (suites.size() > 1) {
        throw new UsageException("--baseline compares one suite with its baseline, but " + suites.size() + " suites were given");
      }
      BaselineGate gate = BaselineGate.read(baseline, gateSettings());
      gate.check(suites.get(0));
      Baselines.checkHistory(baseline);
      gates.add(gate);
    } else if (minDrop != null || alpha != null) {
      throw new UsageException("--min-drop and --alpha apply to the comparison with a baseline: add --baseline FILE");
    }
    return new SuiteRunner.Settings(new ReportFiles(reportDirectory), timeout, parallel, gates);
  }

  private GateSettings gateSettings() {
    GateSettings settings = GateSettings.defaults();
    try {
      settings = minDrop == null ? settings : settings.withMinDrop(minDrop);
      return alpha == null ? settings : settings.withAlpha(alpha);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--min-drop must be above 0 and at most 1, --alpha strictly between 0 and 1: "
          + e.getMessage(), e);
    }
  }

  /** Records the baselines asked for, or adds a gated run to the history beside its baseline. */
  private void keepHistory(SuiteRunner.Outcome outcome) {
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
