package ai.sigmamind.sdk;

/**
 * The operations of one agent, from {@link SigmaMindClient#agent(String)}. Every call made through
 * it carries this agent's id, so it never has to be passed (or swapped) again. An interface, like
 * the handles it returns, so tests can replace them with fakes or mocks.
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
public interface Agent {
  /**
   * The agent's id, as given.
   *
   * @return the id passed to {@link SigmaMindClient#agent(String)}, unchanged
   */
  String agentId();

  /**
   * Create, list, read, update and delete this agent's test cases.
   *
   * @return the handle for this agent's test cases; cheap, makes no call
   */
  TestCases testCases();

  /**
   * Start, read, list, wait for and report on this agent's batch runs.
   *
   * @return the handle for this agent's batch runs; cheap, makes no call
   */
  BatchRuns batchRuns();

  /**
   * Read and list the test runs (jobs) of one of this agent's batches.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @return the handle for the batch's test runs; cheap, makes no call
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  TestRuns testRuns(String batchId);
}
