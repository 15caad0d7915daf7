package ai.sigmamind.contract;

/**
 * The ids one SDK call addresses: the agent whose handle sends it, and the test case, batch run and
 * test run it may name.
 */
record Ids(String agentId, String testCaseId, String batchId, String jobId) {

  Ids withAgentId(String id) {
    return new Ids(id, testCaseId, batchId, jobId);
  }

  Ids withBatchId(String id) {
    return new Ids(agentId, testCaseId, id, jobId);
  }
}
