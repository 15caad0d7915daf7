package ai.sigmamind.suite.stats;

import java.time.Instant;
import java.util.List;

/**
 * A suite's batch as the gate sees it: per test case, the judged attempts.
 *
 * <pre>{@code
 * SuiteRun run = new SuiteRun("demo-agent", "batch_MkRwvU2YdJYBWkmF", Instant.now(), caseRuns);
 * }</pre>
 *
 * @param suite the suite's name
 * @param batchId the batch the attempts ran in
 * @param date when the batch ran
 * @param cases one entry per test case, labels unique
 */
public record SuiteRun(String suite, String batchId, Instant date, List<CaseRun> cases) {
  /**
   * Checks the values and copies the cases.
   *
   * @param suite see {@link #suite()}
   * @param batchId see {@link #batchId()}
   * @param date see {@link #date()}
   * @param cases see {@link #cases()}; copied
   * @throws IllegalArgumentException if the suite name is blank or two cases share a label
   */
  public SuiteRun {
    if (suite.isBlank()) {
      throw new IllegalArgumentException("a suite run needs the suite's name");
    }
    cases = List.copyOf(cases);
    Labels.requireUnique(cases.stream().map(CaseRun::label).toList(), "the run");
  }

  /**
   * Passes and attempts over all cases.
   *
   * @return the sum over the cases
   */
  public PassRate overall() {
    return cases.stream().map(CaseRun::result).reduce(PassRate.of(0, 0), PassRate::plus);
  }
}
