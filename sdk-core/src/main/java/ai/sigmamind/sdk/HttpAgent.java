package ai.sigmamind.sdk;

/** {@link Agent} over HTTP. */
final class HttpAgent implements Agent {
  private final ClientContext context;
  private final String agentId;

  HttpAgent(ClientContext context, String agentId) {
    this.context = context;
    this.agentId = agentId;
  }

  @Override
  public String agentId() {
    return agentId;
  }

  @Override
  public TestCases testCases() {
    return new HttpTestCases(context, agentId);
  }

  @Override
  public BatchRuns batchRuns() {
    return new HttpBatchRuns(context, agentId);
  }

  @Override
  public TestRuns testRuns(String batchId) {
    return new HttpTestRuns(context, agentId, Ids.require(batchId, "batchId"));
  }

  @Override
  public String toString() {
    return "Agent{" + agentId + "}";
  }
}
