package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one response we hold verbatim must decode with every field intact. */
class SeedTestRunDecodingTest {
  private final TestRun run = Json.decode(TestRun.class, Json.resource("seed-test-run.json"));

  @Test
  void decodesTopLevelFields() {
    assertThat(run.batchId()).isEqualTo("batch_s0OJu2JWR8R45Fai");
    assertThat(run.workspaceId()).isEqualTo("org_V6eZ2zg8ziDx5pft");
    assertThat(run.jobId()).isEqualTo("job_ksUu5yRHGTLLrLeM");
    assertThat(run.chatId()).isEqualTo("chat-IpELinkFvINQ1212");
    assertThat(run.createdDate()).isEqualTo(OffsetDateTime.of(2023, 11, 7, 5, 31, 56, 0, ZoneOffset.UTC));
    assertThat(run.completedDate()).isEqualTo(OffsetDateTime.of(2023, 11, 7, 5, 31, 56, 0, ZoneOffset.UTC));
    assertThat(run.successful()).isTrue();
    assertThat(run.remarks()).isEqualTo(
        "The Agent successfully maintained focus on the primary task of addressing the customer's order enquiry.");
    assertThat(run.conversation()).isEmpty();
  }

  @Test
  void decodesAgent() {
    AgentSummary expected = AgentSummary.builder()
        .name("Demo Agent")
        .agentId("mJzLaPEo425lieb9")
        .status(AgentStatus.TESTING)
        .build();
    assertThat(run.agent()).isEqualTo(expected);
    assertThat(run.agent().status().isKnown()).isTrue();
  }

  @Test
  void decodesTestCase() {
    TestCase testCase = run.testCase();
    assertThat(testCase).isNotNull();
    assertThat(testCase.testCaseId()).isEqualTo("tc_d17T6uReChpyfFeP");
    assertThat(testCase.label()).isNull();
    assertThat(testCase.agent().agentId()).isEqualTo("mJzLaPEo425lieb9");
    assertThat(testCase.workspaceId()).isEqualTo("org_V6eZ2zg8ziDx5pft");
    assertThat(testCase.llmModel()).isEqualTo("gpt-4o-mini");
    assertThat(testCase.mockData()).containsExactly(
        MockDataVariable.builder().variableName("customer_name").value("John Doe").build(),
        MockDataVariable.builder().variableName("account_status").value("active").build());
    assertThat(testCase.userPrompt())
        .isEqualTo("You are an angry customer who wants to cancel his subscription. ");
    assertThat(testCase.attempt()).isEqualTo(5L);
    assertThat(testCase.successCriteria()).isEqualTo(
        "Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.");
  }

  @Test
  void writesTheContractSpellingBack() {
    String json = Json.encode(TestRun.class, run);
    assertThat(json).contains("\"isSuccesful\":true").doesNotContain("isSuccessful");
    assertThat(Json.decode(TestRun.class, json)).isEqualTo(run);
  }

  @Test
  void readsWithTheGeneratedStreamingAdapterNotReflection() {
    assertThat(Json.MOSHI.adapter(TestRun.class).toString()).contains("JsonAdapter(TestRun)");
  }

  @Test
  void toStringIsReadableAndSkipsUnsetFields() {
    assertThat(run.agent()).hasToString("AgentSummary{name=Demo Agent, agentId=mJzLaPEo425lieb9, status=Testing}");
    assertThat(run.testCase().toString()).doesNotContain("label=");
  }
}
