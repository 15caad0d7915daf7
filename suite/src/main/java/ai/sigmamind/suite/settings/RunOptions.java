package ai.sigmamind.suite.settings;

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
import ai.sigmamind.suite.Baselines;
import ai.sigmamind.suite.Gate;
import ai.sigmamind.suite.PassRateGate;
import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.GateSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How every door runs suites: the timeout, parallel suites, the report directory and the gates,
 * read from a door's values with one set of defaults. The absolute floor ({@code minPassRate},
 * 0.8; 0 turns it off) always applies; with a baseline, the run is also compared case by case and
 * fails on a significant drop of at least {@code minDrop}, suspect cases re-run within
 * {@code confirmBudget} attempts.
 */
public final class RunOptions {
  /** The floor when none is given, with or without a baseline. */
  public static final double DEFAULT_MIN_PASS_RATE = 0.8;
  /** How long each batch may take when no timeout is given. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
  /** How many suites run at a time when not given. */
  public static final int DEFAULT_PARALLEL = 4;

  private RunOptions() {
  }

  /**
   * Reads and checks the run's settings, without any request.
   *
   * @param values the door's values
   * @param defaultReportDir where reports go when no report directory is given (each door has its own)
   * @param suites the suites to run, for the checks that depend on them (one suite per baseline)
   * @return the settings for {@link SuiteRunner}
   * @throws UsageException naming the setting at fault
   */
  public static SuiteRunner.Settings read(SettingValues values, Path defaultReportDir, List<Suite> suites) {
    Duration timeout = values.duration(TIMEOUT).orElse(DEFAULT_TIMEOUT);
    int parallel = values.count(PARALLEL, 1).orElse(DEFAULT_PARALLEL);
    Path reports = values.path(REPORT_DIR).orElse(defaultReportDir);
    return new SuiteRunner.Settings(new ReportFiles(reports), timeout, parallel, gates(values, suites));
  }

  /**
   * What a door keeps after the run: the baselines to record, or the baseline whose history a gated
   * run joins.
   *
   * @param record whether each complete run is recorded as its suite's baseline
   * @param baseline the baseline the runs are gated on; null for none
   */
  public record Keeping(boolean record, @Nullable Path baseline) {
    /**
     * Records or appends, as the settings asked.
     *
     * @param outcome the finished runs
     * @return one line per suite for the log
     * @throws UsageException if a file cannot be read or written
     */
    public List<String> keep(SuiteRunner.Outcome outcome) {
      return Baselines.keep(outcome, record, baseline);
    }
  }

  /**
   * Reads what to keep after the run and checks, before any request, that it can be written.
   *
   * @param values the door's values
   * @param suites the suites to run
   * @return the baselines to record or the history to append to
   * @throws UsageException if an existing baseline is of another suite or a file is not writable
   */
  public static Keeping keeping(SettingValues values, List<Suite> suites) {
    boolean record = values.flag(RECORD_BASELINE);
    if (record) {
      suites.forEach(Baselines::checkRecordable);
    }
    return new Keeping(record, values.path(BASELINE).orElse(null));
  }

  /**
   * The baseline gate's settings: the defaults with the minimum drop and alpha given, checked
   * against their grammar. {@code suite run} gates with them and {@code suite plan} sizes for them.
   *
   * @param values the door's values
   * @return the gate's settings (the default power)
   * @throws UsageException naming the setting whose value does not read or is out of range
   */
  public static GateSettings gateSettings(SettingValues values) {
    GateSettings settings = GateSettings.defaults();
    Optional<Double> minDrop = values.number(MIN_DROP, Double.MIN_VALUE, 1);
    Optional<Double> alpha = values.number(ALPHA, Double.MIN_VALUE, Math.nextDown(1.0));
    settings = minDrop.isPresent() ? settings.withMinDrop(minDrop.get()) : settings;
    return alpha.isPresent() ? settings.withAlpha(alpha.get()) : settings;
  }

  private static List<Gate> gates(SettingValues values, List<Suite> suites) {
    Door door = values.door();
    Optional<Path> baseline = values.path(BASELINE);
    Optional<Double> floor = values.number(MIN_PASS_RATE, 0, 1);
    List<Gate> gates = new ArrayList<>();
    gates.add(new PassRateGate(floor.orElse(DEFAULT_MIN_PASS_RATE)));
    GateSettings settings = gateSettings(values);
    Optional<Integer> confirmBudget = values.count(CONFIRM_BUDGET, 0);
    if (baseline.isEmpty()) {
      if (values.text(MIN_DROP).isPresent() || values.text(ALPHA).isPresent() || confirmBudget.isPresent()) {
        throw new UsageException(MIN_DROP.nameIn(door) + ", " + ALPHA.nameIn(door) + " and "
            + CONFIRM_BUDGET.nameIn(door) + " apply to the comparison with a baseline: add " + BASELINE.nameIn(door));
      }
      return gates;
    }
    if (suites.size() > 1) {
      throw new UsageException(BASELINE.nameIn(door) + " compares one suite with its baseline, but " + suites.size()
          + " suites were given");
    }
    BaselineGate gate = BaselineGate.read(baseline.get(), settings, confirmation(confirmBudget, door));
    suites.forEach(gate::check);
    Baselines.checkHistory(baseline.get());
    gates.add(gate);
    return gates;
  }

  private static ConfirmationPolicy confirmation(Optional<Integer> budget, Door door) {
    try {
      return budget.map(ConfirmationPolicy.defaults()::withBudget).orElse(ConfirmationPolicy.defaults());
    } catch (IllegalArgumentException e) {
      throw new UsageException(CONFIRM_BUDGET.nameIn(door) + ": " + e.getMessage(), e);
    }
  }
}
