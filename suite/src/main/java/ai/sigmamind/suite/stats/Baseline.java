package ai.sigmamind.suite.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A suite's recorded pass rates, the reference the gate compares new batches with. Kept in the
 * user's repository ({@link BaselineFile}) so a change to it is reviewed like code.
 *
 * <pre>{@code
 * Baseline baseline = Baseline.record(run);                 // a whole new baseline
 * Baseline updated = baseline.updatedWith(rerunOfTwoCases); // re-record only those cases
 * }</pre>
 *
 * @param suite the suite's name
 * @param cases one entry per test case, labels unique
 */
public record Baseline(String suite, List<BaselineCase> cases) {
  /**
   * Checks the values and copies the cases.
   *
   * @param suite see {@link #suite()}
   * @param cases see {@link #cases()}; copied
   * @throws IllegalArgumentException if the suite name is blank or two cases share a label
   */
  public Baseline {
    if (suite.isBlank()) {
      throw new IllegalArgumentException("a baseline needs the suite's name");
    }
    cases = List.copyOf(cases);
    Labels.requireUnique(cases.stream().map(BaselineCase::label).toList(), "the baseline");
  }

  /**
   * A baseline of every case in the run.
   *
   * @param run the run to record, every case of it
   * @return a baseline of the run's suite, cases in the run's order
   */
  public static Baseline record(SuiteRun run) {
    return new Baseline(run.suite(), run.cases().stream()
        .map(caseRun -> BaselineCase.of(caseRun, run.batchId(), run.date()))
        .toList());
  }

  /**
   * This baseline with the run's cases recorded afresh: cases in the run replace their entries
   * (or are added at the end), the others keep theirs.
   *
   * @param run a run of the same suite, possibly of only some of its cases
   * @return a new baseline; this one is unchanged
   * @throws IllegalArgumentException if the run is of another suite
   */
  public Baseline updatedWith(SuiteRun run) {
    requireSameSuite(run);
    Baseline fresh = record(run);
    List<BaselineCase> merged = new ArrayList<>();
    for (BaselineCase old : cases) {
      merged.add(fresh.find(old.label()).orElse(old));
    }
    fresh.cases.stream().filter(recorded -> find(recorded.label()).isEmpty()).forEach(merged::add);
    return new Baseline(suite, merged);
  }

  /**
   * The case with this label.
   *
   * @param label a test case's label, matched exactly
   * @return the recorded case, or empty when the baseline has none with that label
   */
  public Optional<BaselineCase> find(String label) {
    return cases.stream().filter(baselineCase -> baselineCase.label().equals(label)).findFirst();
  }

  void requireSameSuite(SuiteRun run) {
    if (!suite.equals(run.suite())) {
      throw new IllegalArgumentException(
          "the baseline is of suite '" + suite + "' but the run is of suite '" + run.suite() + "'");
    }
  }
}
