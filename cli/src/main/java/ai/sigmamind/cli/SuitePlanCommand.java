package ai.sigmamind.cli;

import ai.sigmamind.suite.Baselines;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.GateSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sigmamind suite plan FILE --detect-drop 0.2 --power 0.8 [--baseline FILE]}: no network. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Prints the attempts per test case the statistical gate needs to catch a drop in pass rate, "
        + "and what one batch then costs in runs. Calls no API."})
final class SuitePlanCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The suite file (YAML).")
  Path file;

  @Option(names = "--detect-drop", paramLabel = "D", defaultValue = "0.2",
      description = "The drop in a case's pass rate to catch, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double detectDrop;

  @Option(names = "--power", paramLabel = "P", defaultValue = "" + GateSettings.DEFAULT_POWER,
      description = "The chance of catching it (default: ${DEFAULT-VALUE}).")
  double power;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "" + GateSettings.DEFAULT_ALPHA,
      description = "The accepted chance of a false alarm over all cases together (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--min-drop", paramLabel = "D", defaultValue = "" + GateSettings.DEFAULT_MIN_DROP,
      description = "The gate's minimum drop; --detect-drop must be at least this (default: ${DEFAULT-VALUE}).")
  double minDrop;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Plan each case at its recorded pass rate instead of the hardest one.")
  @Nullable Path baseline;

  private final CliContext context;

  SuitePlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Suite suite = SuiteFile.read(file);
    GateSettings settings;
    try {
      settings = GateSettings.defaults().withAlpha(alpha).withPower(power).withMinDrop(minDrop);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--alpha and --power must be strictly between 0 and 1, --min-drop above 0 and at most 1: "
          + e.getMessage(), e);
    }
    Optional<Baseline> recorded = Optional.empty();
    if (baseline != null) {
      Baseline read = Baselines.read(baseline);
      Baselines.checkMatches(read, baseline, suite);
      recorded = Optional.of(read);
    }
    context.out().print(AttemptPlanTable.render(suite, recorded, detectDrop, settings));
    return ExitCode.OK.code();
  }
}
