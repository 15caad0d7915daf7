package ai.sigmamind.suite;

import ai.sigmamind.suite.SuiteResult.CaseResult;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import java.time.Instant;
import java.util.List;

/**
 * The follow-up batch that re-ran a run's suspect cases, with the attempts its plan gave each.
 *
 * <pre>{@code
 * result.confirmation().cases().forEach(c -> System.out.println(c.label() + ": " + c.passed() + "/" + c.runs().size()));
 * }</pre>
 *
 * @param batchId the confirmation batch
 * @param plan which cases it re-ran with how many attempts, and why
 * @param cases the re-run cases' runs, numbered by attempt within the confirmation batch
 * @param started when it was started
 * @param finished when its report was gathered
 */
public record ConfirmationBatch(String batchId, ConfirmationPlan plan, List<CaseResult> cases, Instant started,
    Instant finished) {
  /**
   * The list, copied.
   *
   * @param batchId see {@link #batchId()}
   * @param plan see {@link #plan()}
   * @param cases see {@link #cases()}; copied
   * @param started see {@link #started()}
   * @param finished see {@link #finished()}
   */
  public ConfirmationBatch {
    cases = List.copyOf(cases);
  }

  /**
   * Confirmation attempts run, judged or not: what confirmation cost.
   *
   * @return the runs over every re-run case
   */
  public int attempts() {
    return cases.stream().mapToInt(testCase -> testCase.runs().size()).sum();
  }
}
