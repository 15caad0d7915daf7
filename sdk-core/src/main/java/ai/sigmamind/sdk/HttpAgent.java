package ai.sigmamind.sdk;

/** {@link Agent} over HTTP: the client's context and the agent's id, which its handles carry. */
record HttpAgent(ClientContext context, String agentId) implements Agent {
  @Override
  public TestCases testCases() {
    return new HttpTestCases(new RawTestCases(context, agentId));
  }

  @Override
  public BatchRuns batchRuns() {
    return new HttpBatchRuns(new RawBatchRuns(context, agentId));
  }

  @Override
  public TestRuns testRuns(String batchId) {
    return new HttpTestRuns(new RawTestRuns(context, agentId, Ids.require(batchId, "batchId")));
  }

  @Override
  public String toString() {
    return "Agent{" + agentId + "}";
  }
}
