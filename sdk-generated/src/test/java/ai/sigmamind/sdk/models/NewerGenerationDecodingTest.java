package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Newer API generations spell the verdict correctly and add a transcript and labels. */
class NewerGenerationDecodingTest {
  private final TestRun run = Json.decode(TestRun.class, Json.resource("newer-test-run.json"));

  @Test
  void readsTheAlternateVerdictSpelling() {
    assertThat(run.successful()).isFalse();
  }

  /** The spec declares both spellings (for stock generators); our model folds them into one accessor. */
  @Test
  void bothSpellingsShareOneAccessor() {
    assertThat(Arrays.stream(TestRun.class.getMethods()).map(Method::getName).filter(name -> name.toLowerCase(Locale.ROOT).contains("succes")))
        .containsExactly("successful");
    assertThat(Json.decode(TestRun.class, "{\"batchId\":\"b\",\"jobId\":\"j\",\"isSuccessful\":true}").successful()).isTrue();
  }

  @Test
  void readsMillisecondDatesAndUnderscoreChatIds() {
    assertThat(run.createdDate())
        .isEqualTo(OffsetDateTime.of(2026, 3, 26, 10, 52, 45, 565_000_000, ZoneOffset.UTC));
    assertThat(run.completedDate())
        .isEqualTo(OffsetDateTime.of(2026, 3, 26, 10, 53, 1, 7_000_000, ZoneOffset.UTC));
    assertThat(run.chatId()).isEqualTo("chat_NewGen0000000001");
  }

  @Test
  void readsLabelPrefixedAgentIdAndOpenModelName() {
    assertThat(run.testCase().label()).isEqualTo("Angry Customer - Cancellation Flow");
    assertThat(run.agent().agentId()).isEqualTo("agent_D5D0p7TUs66TTAEAx");
    assertThat(run.agent().status()).isEqualTo(AgentStatus.LIVE);
    assertThat(run.testCase().llmModel()).isEqualTo("gpt-4.1-mini-fast-tier");
    assertThat(run.testCase().mockData()).isEmpty();
  }

  @Test
  void readsTheTranscript() {
    assertThat(run.conversation()).containsExactly(
        ConversationMessage.builder().role(ConversationRole.USER).content("I want to cancel my subscription.").build(),
        ConversationMessage.builder().role(ConversationRole.AGENT).content("I can help with that.").build());
  }

  @Test
  void writesTheCanonicalSpellingOnly() {
    String json = Json.encode(TestRun.class, run);
    assertThat(json).contains("\"isSuccesful\":false").doesNotContain("isSuccessful");
    assertThat(json).contains("\"createdDate\":\"2026-03-26T10:52:45.565Z\"");
  }

  @Test
  void theLastSpellingInTheObjectWins() {
    TestRun both = Json.decode(TestRun.class,
        "{\"batchId\":\"b\",\"jobId\":\"j\",\"isSuccesful\":true,\"isSuccessful\":false}");
    assertThat(both.successful()).isFalse();
  }
}
