package ai.sigmamind.sdk;

/** {@link TestRuns} over HTTP: the generated operations, unwrapped. */
final class HttpTestRuns extends TestRunsHttpOperations implements TestRuns {
  private final String agentId;
  private final String batchId;

  HttpTestRuns(ClientContext context, String agentId, String batchId) {
    super(new RawTestRuns(context, agentId, batchId));
    this.agentId = agentId;
    this.batchId = batchId;
  }

  @Override
  public String batchId() {
    return batchId;
  }

  @Override
  public RawTestRuns withRawResponse() {
    return raw;
  }

  @Override
  public String toString() {
    return "TestRuns{agentId=" + agentId + ", batchId=" + batchId + "}";
  }
}
