package ai.sigmamind.contract;

/**
 * Provider-state names, each one of the sandbox's registered templates
 * ({@code ai.sigmamind.sandbox.ProviderStates}) filled in with the ids it sets up. Naming the
 * ids in the state keeps the pact readable on its own: the state says what the request relies on.
 */
final class ProviderStateNames {
  static final String NO_TEST_CASES = "no test cases exist";
  static final String NO_BATCH_RUNS = "no batch runs exist";

  private ProviderStateNames() {
  }

  static String agentExists(String agentId) {
    return "agent " + agentId + " exists";
  }

  static String agentHasTestCase(String agentId, String testCaseId) {
    return "agent " + agentId + " has test case " + testCaseId;
  }

  /** A complete batch whose five runs all succeeded. */
  static String batchExists(String batchId) {
    return "batch " + batchId + " exists";
  }

  /** A complete batch of {@code count} succeeded runs. */
  static String batchHasTestRuns(String batchId, int count) {
    return "batch " + batchId + " has " + count + " test runs";
  }

  static String testRunSucceeded(String jobId, String batchId) {
    return "test run " + jobId + " of batch " + batchId + " exists and succeeded";
  }

  static String testRunIsRunning(String jobId, String batchId) {
    return "test run " + jobId + " of batch " + batchId + " is running";
  }
}
