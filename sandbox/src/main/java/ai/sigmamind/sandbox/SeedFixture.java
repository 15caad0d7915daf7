package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import java.time.Instant;
import java.util.List;

/** The documented seed response (Get Test Run), value by value: the fixture provider states build on. */
final class SeedFixture {
  static final String WORKSPACE_ID = "org_V6eZ2zg8ziDx5pft";
  static final AgentSummary AGENT = AgentSummary.builder()
      .name("Demo Agent")
      .agentId("mJzLaPEo425lieb9")
      .status(AgentStatus.TESTING)
      .build();
  static final String TEST_CASE_ID = "tc_d17T6uReChpyfFeP";
  static final String BATCH_ID = "batch_s0OJu2JWR8R45Fai";
  static final String JOB_ID = "job_ksUu5yRHGTLLrLeM";
  static final String CHAT_ID = "chat-IpELinkFvINQ1212";
  static final Instant DATE = Instant.parse("2023-11-07T05:31:56Z");
  static final long ATTEMPTS = 5;
  /** The seed test case's mock data: the customer's name and account status. */
  static final List<MockDataVariable> MOCK_DATA = List.of(
      MockDataVariable.builder().variableName("customer_name").value("John Doe").build(),
      MockDataVariable.builder().variableName("account_status").value("active").build());
  /** The provider state that recreates the seed response, and the standalone sandbox's starting data. */
  static final String RUN_STATE = "test run " + JOB_ID + " of batch " + BATCH_ID + " exists and succeeded";
  static final String REMARKS =
      "The Agent successfully maintained focus on the primary task of addressing the customer's order enquiry.";

  private SeedFixture() {
  }

  /** The seed's test case under the given ids (the seed's own for the seed's ids). */
  static TestCase testCase(String testCaseId, String workspaceId, AgentSummary agent, long attempts) {
    return TestCase.builder()
        .testCaseId(testCaseId)
        .label("Angry Customer - Cancellation Flow")
        .agent(agent)
        .workspaceId(workspaceId)
        .llmModel("gpt-4o-mini")
        .mockData(MOCK_DATA)
        .userPrompt("You are an angry customer who wants to cancel his subscription. ")
        .attempt(attempts)
        .successCriteria("Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.")
        .build();
  }
}
