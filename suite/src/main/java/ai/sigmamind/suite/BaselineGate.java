package ai.sigmamind.suite;

import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.FlakyCase;
import ai.sigmamind.suite.stats.GateSettings;
import ai.sigmamind.suite.stats.SuiteRun;
import java.nio.file.Path;
import java.util.List;

/**
 * The statistical gate as a {@link Gate}: compares a run with the suite's recorded baseline case
 * by case ({@link BaselineComparison}) and fails only on a drop that is significant and at least
 * the minimum drop. The baseline and the history beside it are read when the gate is made, so a
 * malformed file stops the run before any request. With confirmation on (its
 * {@link ConfirmationPolicy}), the runner re-runs the suspect cases of {@link #confirmationPlan} in
 * one follow-up batch, and the verdict rests on both batches.
 *
 * <pre>{@code
 * BaselineGate gate = BaselineGate.read(Path.of("suites/demo-agent.baseline.yaml"), GateSettings.defaults());
 * gate.check(suite);   // before any request: same suite, a shared test case
 * new SuiteRunner.Settings(reports, timeout, 4, List.of(gate));
 * }</pre>
 */
public final class BaselineGate implements Gate {
  /** The gate's name in reports. */
  public static final String NAME = "baseline";
  /** How many of the flakiest cases from the history the reports list. */
  static final int FLAKIEST_LISTED = 5;

  private final Path file;
  private final Baseline baseline;
  private final List<FlakyCase> flakiest;
  private final GateSettings settings;
  private final ConfirmationPolicy policy;

  private BaselineGate(Path file, Baseline baseline, List<FlakyCase> flakiest, GateSettings settings,
      ConfirmationPolicy policy) {
    this.file = file;
    this.baseline = baseline;
    this.flakiest = flakiest;
    this.settings = settings;
    this.policy = policy;
  }

  /**
   * The gate for the baseline in {@code file} (and the history beside it). An absolute floor in
   * {@code settings} is applied too; the CLI keeps it in a {@link PassRateGate} instead.
   *
   * @param file the baseline file, {@code <suite>.baseline.yaml}; its history is the {@code .history.jsonl}
   *     beside it
   * @param settings the significance level, minimum drop and optional absolute floor to judge by
   * @return a gate holding the baseline read now; later changes to the file are not seen
   * @throws UsageException if the baseline is missing or malformed, or the history is malformed
   */
  public static BaselineGate read(Path file, GateSettings settings) {
    return read(file, settings, ConfirmationPolicy.off());
  }

  /**
   * The gate for the baseline in {@code file}, re-running suspect cases as {@code policy} says.
   *
   * @param file the baseline file; its history is the {@code .history.jsonl} beside it
   * @param settings the significance level, minimum drop and optional absolute floor to judge by
   * @param policy the confirmation budget and α split; {@link ConfirmationPolicy#off()} for none
   * @return a gate holding the baseline read now
   * @throws UsageException if the baseline is missing or malformed, or the history is malformed
   */
  public static BaselineGate read(Path file, GateSettings settings, ConfirmationPolicy policy) {
    Baseline baseline = Baselines.read(file);
    List<FlakyCase> flakiest = Baselines.readHistory(Baselines.historyBeside(file)).flakiest(FLAKIEST_LISTED);
    return new BaselineGate(file, baseline, flakiest, settings, policy);
  }

  /**
   * Which suspect cases of a first batch to re-run, and with how many attempts.
   *
   * @param firstStage a complete run, before any confirmation
   * @return the plan; with no case to re-run when confirmation is off or nothing is suspect
   */
  public ConfirmationPlan confirmationPlan(SuiteResult firstStage) {
    return firstStage(firstStage).confirmationPlan();
  }

  /**
   * The baseline file.
   *
   * @return the path as given to {@link #read}
   */
  public Path file() {
    return file;
  }

  /**
   * Checks that the baseline can judge {@code suite}.
   *
   * @param suite the suite about to run
   * @throws UsageException if it is of another suite or shares no test case with it
   */
  public void check(Suite suite) {
    Baselines.checkMatches(baseline, file, suite);
  }

  @Override
  public GateVerdict evaluate(SuiteResult result) {
    BaselineComparison comparison = firstStage(result);
    ConfirmationBatch confirmation = result.confirmation();
    if (confirmation != null) {
      SuiteRun rerun = Baselines.suiteRun(result.suite().name(), confirmation.batchId(), confirmation.started(),
          confirmation.cases());
      comparison = comparison.confirmedWith(confirmation.plan(), confirmation.batchId(), rerun);
    }
    StatisticalVerdict statistics = new StatisticalVerdict(file, comparison, flakiest);
    boolean passed = comparison.passed();
    String message = passed
        ? "no test case regressed against " + file.getFileName() + " (" + statistics.counts() + ")"
        : String.join("; ", comparison.reasons()) + " (against " + file.getFileName() + ")";
    return new GateVerdict(NAME, passed, message, statistics);
  }

  private BaselineComparison firstStage(SuiteResult result) {
    return BaselineComparison.compare(baseline, Baselines.suiteRun(result), settings, policy);
  }

  @Override
  public String toString() {
    return "BaselineGate[" + file + ", " + settings + ", " + policy + "]";
  }
}
