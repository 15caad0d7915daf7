package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.ConversationRole;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed generation's wire shape (the default) against the newer generation's. */
class WireShapeTest {
  private static final Instant START = Instant.parse("2026-03-26T10:52:45.500Z");

  private record Scenario(Api.Reply testCase, Api.Reply run, Api.Reply runningRun) {
  }

  /** One test case with a label and mock data, one completed run, one run still running. */
  private static Scenario scenario(WireShape shape) {
    SandboxClock clock = SandboxClock.fixed(START);
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().wireShape(shape).clock(clock)
        .pace(Duration.ofSeconds(1)).build().start()) {
      Api api = new Api(sandbox.baseUrl(), "key-shape");
      TestCase testCase = api.createTestCase(CreateTestCaseRequest.builder()
          .agentId(DEMO_AGENT)
          .label("Angry Customer - Cancellation Flow")
          .mockData(SeedFixture.MOCK_DATA)
          .userPrompt("You are an angry customer who wants to cancel his subscription. [sandbox:pass]")
          .successCriteria("Agent should acknowledge the request and confirm cancellation.")
          .attempt(2L)
          .build());
      String batchId = api.startBatch(testCase.testCaseId()).batchId();
      clock.advance(Duration.ofSeconds(1));
      List<TestRun> runs = api.runs(batchId).data();
      String query = "?batchId=" + batchId + "&agentId=" + DEMO_AGENT;
      return new Scenario(
          api.get("/v1/test-cases/" + testCase.testCaseId() + "?agentId=" + DEMO_AGENT),
          api.get("/v1/test-runs/" + runs.get(0).jobId() + query),
          api.get("/v1/test-runs/" + runs.get(1).jobId() + query));
    }
  }

  @Test
  void theSeedShapeIsTheDefault() {
    assertThat(SigmaMindSandbox.builder().build().wireShape()).isEqualTo(WireShape.SEED);
  }

  @Test
  void theSeedShapeSpellsIsSuccesfulHasNoLabelNorConversationAndDatesToTheSecond() {
    Scenario seed = scenario(WireShape.SEED);

    Map<String, Object> run = seed.run().tree();
    assertThat(run).containsEntry("isSuccesful", true).doesNotContainKeys("isSuccessful", "conversation");
    assertThat((String) run.get("chatId")).matches("chat-[0-9A-Za-z]{16}");
    assertThat(run).containsEntry("createdDate", "2026-03-26T10:52:45Z").containsEntry("completedDate", "2026-03-26T10:52:46Z");
    assertThat(Api.Reply.object(run.get("testCase"))).doesNotContainKey("label");
    assertThat(seed.testCase().tree()).doesNotContainKey("label");
    assertThat(seed.runningRun().tree()).doesNotContainKeys("isSuccesful", "completedDate", "remarks");
  }

  @Test
  void theNewerShapeSpellsIsSuccessfulAndAddsLabelConversationAndMilliseconds() {
    Scenario newer = scenario(WireShape.NEWER);

    Map<String, Object> run = newer.run().tree();
    assertThat(run).containsEntry("isSuccessful", true).doesNotContainKey("isSuccesful");
    assertThat((String) run.get("chatId")).matches("chat_[0-9A-Za-z]{16}");
    assertThat(run).containsEntry("createdDate", "2026-03-26T10:52:45.500Z")
        .containsEntry("completedDate", "2026-03-26T10:52:46.500Z");
    assertThat(Api.Reply.object(run.get("testCase"))).containsEntry("label", "Angry Customer - Cancellation Flow");
    assertThat(newer.testCase().tree()).containsEntry("label", "Angry Customer - Cancellation Flow");
    assertThat(newer.runningRun().tree()).doesNotContainKeys("isSuccessful", "completedDate", "remarks", "conversation");
    assertThat(newer.run().as(TestRun.class).successful()).as("the SDK reads either spelling").isTrue();
  }

  @Test
  void theNewerShapesTranscriptAlternatesAndUsesPersonaAndMockData() {
    List<ConversationMessage> conversation = scenario(WireShape.NEWER).run().as(TestRun.class).conversation();

    assertThat(conversation).hasSizeGreaterThanOrEqualTo(4);
    for (int i = 0; i < conversation.size(); i++) {
      assertThat(conversation.get(i).role()).isEqualTo(i % 2 == 0 ? ConversationRole.USER : ConversationRole.AGENT);
    }
    assertThat(conversation.get(0).content()).contains("John Doe").contains("cancel my subscription")
        .doesNotContain("[sandbox");
    assertThat(conversation.get(1).content()).contains("Demo Agent").contains("your account status is active");
  }

  @Test
  void bothShapesCarryTheSameData() {
    TestRun seed = scenario(WireShape.SEED).run().as(TestRun.class);
    TestRun newer = scenario(WireShape.NEWER).run().as(TestRun.class);

    assertThat(newer.jobId()).isEqualTo(seed.jobId());
    assertThat(newer.chatId().substring(5)).isEqualTo(seed.chatId().substring(5));
    assertThat(newer.remarks()).isEqualTo(seed.remarks());
    assertThat(newer.successful()).isEqualTo(seed.successful());
    assertThat(newer.testCase().toBuilder().label(null).build()).isEqualTo(seed.testCase());
  }
}
