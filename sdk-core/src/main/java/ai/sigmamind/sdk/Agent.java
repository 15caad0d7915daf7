package ai.sigmamind.sdk;

/**
 * The operations of one agent, from {@link SigmaMindClient#agent(String)}. Every call made through
 * it carries this agent's id, so it never has to be passed (or swapped) again.
 *
 * <pre>{@code
 * Agent agent = client.agent("mJzLaPEo425lieb9");
 * TestCase created = agent.testCases().create(b -> b
 *     .label("Angry customer")
 *     .userPrompt("You are an angry customer who wants to cancel.")
 *     .successCriteria("Agent offers alternatives, then confirms the cancellation."));
 * BatchRunCreated batch = agent.batchRuns().create(created.testCaseId());
 * }</pre>
 */
public final class Agent {
  private final ClientContext context;
  private final String agentId;

  Agent(ClientContext context, String agentId) {
    this.context = context;
    this.agentId = agentId;
  }

  /** The agent's id, as given. */
  public String agentId() {
    return agentId;
  }

  /** Create, list, read, update and delete this agent's test cases. */
  public TestCases testCases() {
    return new TestCases(context, agentId);
  }

  /** Start, read, list, wait for and report on this agent's batch runs. */
  public BatchRuns batchRuns() {
    return new BatchRuns(context, agentId);
  }

  /**
   * Read and list the test runs (jobs) of one of this agent's batches.
   *
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  public TestRuns testRuns(String batchId) {
    return new TestRuns(context, agentId, Ids.require(batchId, "batchId"));
  }

  @Override
  public String toString() {
    return "Agent{" + agentId + "}";
  }
}
