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
 * result.removed().forEach(removed -> System.out.println(removed.message()));
 * agent.batchRuns().create(result.testCaseIds());
 * }</pre>
 *
 * @param cases one per suite test case
 * @param removed the test cases the lock file records that are no longer in the suite, and what became of each
 */
public record SyncResult(List<SyncedCase> cases, List<RemovedCase> removed) {
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
   * A test case that left the suite file, known from the lock file, and what the sync does with it.
   *
   * @param label its label when it was in the suite
   * @param testCaseId the agent's copy
   * @param fate kept on the agent (and in the lock as removed), deleted by prune, or forgotten
   */
  public record RemovedCase(String label, String testCaseId, Fate fate) {
    /** What the sync does with a test case that left the suite. */
    public enum Fate {
      /** Still on the agent: left there and kept in the lock file as removed, until a sync with prune. */
      KEPT,
      /** Deleted on the agent and dropped from the lock file (prune). */
      DELETED,
      /** No longer on the agent either (deleted elsewhere): dropped from the lock file. */
      FORGOTTEN
    }

    /**
     * What happened, for people: {@code no longer in the suite: 'X' (tc_1) stays on the agent; --prune deletes it}.
     *
     * @return one line, without a line break
     */
    public String message() {
      String which = "no longer in the suite: '" + label + "' (" + testCaseId + ")";
      return switch (fate) {
        case KEPT -> which + " stays on the agent; --prune deletes it";
        case DELETED -> which + " deleted on the agent (--prune)";
        case FORGOTTEN -> which + " is not on the agent either; dropped from the lock file";
      };
    }

    /** {@code ", 1 deleted, 2 no longer in the suite (kept on the agent)"}, or empty when there are none. */
    static String counts(List<RemovedCase> removed, String deleted) {
      long deletes = removed.stream().filter(gone -> gone.fate() == Fate.DELETED).count();
      long kept = removed.stream().filter(gone -> gone.fate() == Fate.KEPT).count();
      return (deletes == 0 ? "" : ", " + deletes + " " + deleted)
          + (kept == 0 ? "" : ", " + kept + " no longer in the suite (kept on the agent)");
    }
  }

  /**
   * The lists, copied.
   *
   * @param cases see {@link #cases()}; copied
   * @param removed see {@link #removed()}; copied
   */
  public SyncResult {
    cases = List.copyOf(cases);
    removed = List.copyOf(removed);
  }

  /**
   * A result without test cases that left the suite.
   *
   * @param cases see {@link #cases()}; copied
   */
  public SyncResult(List<SyncedCase> cases) {
    this(cases, List.of());
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
   * {@code 1 created, 2 updated, 3 unchanged}, then the test cases deleted or kept that left the suite, if any.
   *
   * @return one line, without a line break
   */
  public String summary() {
    return count(Action.CREATED) + " created, " + count(Action.UPDATED) + " updated, "
        + count(Action.UNCHANGED) + " unchanged" + RemovedCase.counts(removed, "deleted");
  }
}
