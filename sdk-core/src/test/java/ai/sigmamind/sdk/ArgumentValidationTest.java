package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad ids and arguments are refused before anything is sent: the server must see no request at all. */
class ArgumentValidationTest {
  private static final MockWebServer server = new MockWebServer();
  private static SigmaMindClient client;

  @BeforeAll
  static void start() throws IOException {
    server.start();
    client = Fixtures.clientFor(server, new FakeTime()).build();
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  @AfterAll
  static void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  static Stream<Arguments> badIds() {
    return Stream.of(null, "", "   ", "\t\n").flatMap(id -> Stream.of(
        call("agent", "agentId", () -> client.agent(id)),
        call("testRuns", "batchId", () -> client.agent(AGENT_ID).testRuns(id)),
        call("testRuns.get", "jobId", () -> client.agent(AGENT_ID).testRuns(BATCH_ID).get(id)),
        call("testRuns.getAsync", "jobId", () -> client.agent(AGENT_ID).testRuns(BATCH_ID).getAsync(id)),
        call("testCases.get", "testCaseId", () -> client.agent(AGENT_ID).testCases().get(id)),
        call("testCases.getAsync", "testCaseId", () -> client.agent(AGENT_ID).testCases().getAsync(id)),
        call("testCases.update", "testCaseId", () -> client.agent(AGENT_ID).testCases().update(id, b -> b.label("x"))),
        call("testCases.updateAsync", "testCaseId",
            () -> client.agent(AGENT_ID).testCases().updateAsync(id, UpdateTestCaseRequest.builder().agentId(AGENT_ID).build())),
        call("testCases.delete", "testCaseId", () -> client.agent(AGENT_ID).testCases().delete(id)),
        call("testCases.deleteAsync", "testCaseId", () -> client.agent(AGENT_ID).testCases().deleteAsync(id)),
        call("batchRuns.get", "batchId", () -> client.agent(AGENT_ID).batchRuns().get(id)),
        call("batchRuns.getAsync", "batchId", () -> client.agent(AGENT_ID).batchRuns().getAsync(id)),
        call("batchRuns.create", "testCaseIds[1]", () -> client.agent(AGENT_ID).batchRuns().create(Arrays.asList("tc_1", id))),
        call("batchRuns.createAsync", "testCaseIds[0]", () -> client.agent(AGENT_ID).batchRuns().createAsync(id)),
        call("batchRuns.waitForCompletion", "batchId", () -> client.agent(AGENT_ID).batchRuns().waitForCompletion(id)),
        call("batchRuns.waitForCompletionAsync", "batchId", () -> client.agent(AGENT_ID).batchRuns().waitForCompletionAsync(id)),
        call("batchRuns.report", "batchId", () -> client.agent(AGENT_ID).batchRuns().report(id)),
        call("batchRuns.reportAsync", "batchId", () -> client.agent(AGENT_ID).batchRuns().reportAsync(id))));
  }

  private static Arguments call(String operation, String parameter, ThrowingCallable callable) {
    return Arguments.of(operation, parameter, callable);
  }

  @ParameterizedTest(name = "{0} refuses a null/blank {1}")
  @MethodSource("badIds")
  void nullAndBlankIdsAreRefusedWithoutARequest(String operation, String parameter, ThrowingCallable callable) {
    assertThatIllegalArgumentException().isThrownBy(callable).withMessage(parameter + " must not be null or blank");
  }

  @Test
  void anEmptyBatchIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.agent(AGENT_ID).batchRuns().create(List.of()))
        .withMessage("testCaseIds must not be empty");
  }

  @Test
  void aCreateRequestForAnotherAgentIsRefused() {
    CreateTestCaseRequest other = CreateTestCaseRequest.builder()
        .agentId("agent_D5D0p7TUs66TTAEAx").userPrompt("p").successCriteria("c").build();

    assertThatIllegalArgumentException().isThrownBy(() -> client.agent(AGENT_ID).testCases().create(other))
        .withMessageContaining("agent_D5D0p7TUs66TTAEAx").withMessageContaining(AGENT_ID);
    assertThatIllegalArgumentException().isThrownBy(() -> client.agent(AGENT_ID).testCases()
        .createAsync(b -> b.agentId("someone-else").userPrompt("p").successCriteria("c")));
  }

  @Test
  void anUpdateRequestForAnotherAgentIsRefused() {
    UpdateTestCaseRequest other = UpdateTestCaseRequest.builder().agentId("agent_D5D0p7TUs66TTAEAx").build();

    assertThatIllegalArgumentException().isThrownBy(() -> client.agent(AGENT_ID).testCases().update("tc_1", other));
  }

  @Test
  void aCreateRequestMissingRequiredFieldsIsRefused() {
    assertThatIllegalStateException().isThrownBy(() -> client.agent(AGENT_ID).testCases().create(b -> b.userPrompt("p")))
        .withMessageContaining("successCriteria");
  }

  @Test
  void idsAreNotValidatedAgainstAPattern() {
    assertThat(client.agent("agent_D5D0p7TUs66TTAEAx").agentId()).isEqualTo("agent_D5D0p7TUs66TTAEAx");
    assertThat(client.agent(" padded ").agentId()).isEqualTo(" padded ");
    assertThat(client.agent(AGENT_ID).testRuns("anything/at all").batchId()).isEqualTo("anything/at all");
  }

  @Test
  void pageRequestsAreValidated() {
    assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.of(-1, 10)).withMessage("page must be >= 0 but was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.of(0, 0)).withMessage("size must be between 1 and 100 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.of(0, 101));
    assertThat(PageRequest.of(0, 1)).isEqualTo(new PageRequest(0, 1));
    assertThat(PageRequest.of(3, 100).next()).isEqualTo(PageRequest.of(4, 100));
  }

  @Test
  void idsArePercentEncodedAsOneSegment() {
    assertThat(Ids.pathSegment("tc_d17T6uReChpyfFeP", "id")).isEqualTo("tc_d17T6uReChpyfFeP");
    assertThat(Ids.pathSegment("chat-IpEL.~x", "id")).isEqualTo("chat-IpEL.~x");
    assertThat(Ids.pathSegment("a/b?c#d%e f+g", "id")).isEqualTo("a%2Fb%3Fc%23d%25e%20f%2Bg");
    assertThat(Ids.pathSegment("ü日", "id")).isEqualTo("%C3%BC%E6%97%A5");
  }
}
