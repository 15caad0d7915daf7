package ai.sigmamind.suite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link SuiteSync} did, test case by test case, in suite order.
 *
 * <pre>{@code
 * SyncResult result = new SuiteSync(agent.testCases(), lock).sync(suite);
 * System.out.println(result.summary());          // "5 created, 0 updated, 0 unchanged"
 * agent.batchRuns().create(result.testCaseIds());
 * }</pre>
 *
 * @param cases one per suite test case
 */
public record SyncResult(List<SyncedCase> cases) {
  /** What happened to one test case. */
  public enum Action {
    /** The agent had no copy: the sync created one. */
    CREATED,
    /** The agent's copy differed: the sync sent the differing fields. */
    UPDATED,
    /** The agent's copy matched: the sync wrote nothing. */
    UNCHANGED
  }

  /**
   * One suite test case and the agent's copy of it.
   *
   * @param testCase as the suite states it
   * @param testCaseId the id of the agent's copy
   * @param action what the sync did
   * @param changedFields for {@link Action#UPDATED}, the fields that differed, in suite order
   */
  public record SyncedCase(SuiteCase testCase, String testCaseId, Action action, List<String> changedFields) {
    /**
     * The fields, copied.
     *
     * @param testCase see {@link #testCase()}
     * @param testCaseId see {@link #testCaseId()}
     * @param action see {@link #action()}
     * @param changedFields see {@link #changedFields()}; copied
     */
    public SyncedCase {
      changedFields = List.copyOf(changedFields);
    }
  }

  /**
   * The cases, copied.
   *
   * @param cases see {@link #cases()}; copied
   */
  public SyncResult {
    cases = List.copyOf(cases);
  }

  /**
   * The agent's test-case ids, in suite order.
   *
   * @return one id per suite test case, ready for a batch
   */
  public List<String> testCaseIds() {
    return cases.stream().map(SyncedCase::testCaseId).toList();
  }

  /**
   * How many test cases had {@code action}.
   *
   * @param action what happened
   * @return the number of test cases it happened to
   */
  public long count(Action action) {
    return cases.stream().filter(synced -> synced.action() == action).count();
  }

  /** The suite labels by test-case id, in suite order. */
  Map<String, String> labelsById() {
    Map<String, String> labels = new LinkedHashMap<>();
    cases.forEach(synced -> labels.put(synced.testCaseId(), synced.testCase().label()));
    return labels;
  }

  /**
   * {@code 1 created, 2 updated, 3 unchanged}.
   *
   * @return one line, without a line break
   */
  public String summary() {
    return count(Action.CREATED) + " created, " + count(Action.UPDATED) + " updated, "
        + count(Action.UNCHANGED) + " unchanged";
  }
}
