package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the server adds later must not break clients built today. */
class ForwardCompatibilityTest {

  @Test
  void unknownFieldsOfEveryJsonTypeAreSkipped() {
    TestRun run = Json.decode(TestRun.class, "{"
        + "\"futureString\":\"x\",\"futureNumber\":1.5e300,\"futureObject\":{\"a\":[1,{\"b\":null}]},"
        + "\"batchId\":\"batch_1\",\"futureArray\":[[],{}],\"futureNull\":null,\"jobId\":\"job_1\","
        + "\"futureBool\":false}");
    assertThat(run).isEqualTo(TestRun.builder().batchId("batch_1").jobId("job_1").build());
  }

  @Test
  void unknownEnumValuesAreKeptNotThrown() {
    AgentSummary agent = Json.decode(AgentSummary.class,
        "{\"agentId\":\"a\",\"name\":\"n\",\"status\":\"Paused\"}");
    assertThat(agent.status().isKnown()).isFalse();
    assertThat(agent.status().value()).isEqualTo("Paused");
    assertThat(agent.status()).isEqualTo(AgentStatus.of("Paused")).isNotEqualTo(AgentStatus.LIVE);
    assertThat(Json.encode(AgentSummary.class, agent)).contains("\"status\":\"Paused\"");
  }

  @Test
  void unknownConversationRolesAreKept() {
    ConversationMessage message = Json.decode(ConversationMessage.class,
        "{\"role\":\"tool\",\"content\":\"lookup done\"}");
    assertThat(message.role().value()).isEqualTo("tool");
    assertThat(message.role().isKnown()).isFalse();
  }

  @Test
  void knownEnumValuesResolveToTheirConstants() {
    assertThat(AgentStatus.of("active")).isSameAs(AgentStatus.ACTIVE);
    assertThat(AgentStatus.knownValues()).containsExactly(AgentStatus.TESTING, AgentStatus.LIVE, AgentStatus.ACTIVE);
    assertThat(ConversationRole.USER.value()).isEqualTo("user");
  }

  @Test
  void explicitNullsAndMissingOptionalFieldsAreFine() {
    TestRun running = Json.decode(TestRun.class,
        "{\"batchId\":\"b\",\"jobId\":\"j\",\"completedDate\":null,\"isSuccesful\":null,"
            + "\"remarks\":null,\"conversation\":null,\"testCase\":null}");
    assertThat(running.completedDate()).isNull();
    assertThat(running.successful()).isNull();
    assertThat(running.testCase()).isNull();
    assertThat(running.conversation()).isEmpty();
  }

  @Test
  void aJsonNullDocumentDecodesToNull() {
    assertThat(Json.decode(TestRun.class, "null")).isNull();
  }
}
