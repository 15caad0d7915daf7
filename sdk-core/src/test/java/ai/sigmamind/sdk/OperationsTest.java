package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.API_KEY;
import static ai.sigmamind.sdk.Fixtures.AWKWARD_ID;
import static ai.sigmamind.sdk.Fixtures.AWKWARD_ID_ENCODED;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.JOB_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.Fixtures.Mode;
import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation, blocking and async, against a recorded server: the exact request and the decoded result. */
class OperationsTest {
  private final MockWebServer server = new MockWebServer();
  private SigmaMindClient client;
  private Agent agent;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = Fixtures.clientFor(server, new FakeTime()).appInfo("ci-test/1.0").build();
    agent = client.agent(AGENT_ID);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private RecordedRequest take(String method, String path) {
    RecordedRequest request = Fixtures.take(server);
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getPath()).isEqualTo(path);
    assertThat(request.getHeader("X-API-Key")).isEqualTo(API_KEY);
    assertThat(request.getHeader("User-Agent"))
        .matches("sigmamind-java/\\S+ Java/\\S+ \\(.+ .+\\) ci-test/1\\.0")
        .startsWith("sigmamind-java/0.1.0-SNAPSHOT ");
    return request;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getTestRunDecodesTheSeedAndEncodesTheJobId(Mode mode) {
    server.enqueue(json(200, Fixtures.seedTestRun()));
    TestRuns runs = agent.testRuns(BATCH_ID);

    TestRun run = mode.run(() -> runs.get(AWKWARD_ID), () -> runs.getAsync(AWKWARD_ID));

    take("GET", "/v1/test-runs/" + AWKWARD_ID_ENCODED + "?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID);
    assertThat(run.jobId()).isEqualTo(JOB_ID);
    assertThat(run.successful()).isTrue();
    assertThat(run.chatId()).isEqualTo("chat-IpELinkFvINQ1212");
    assertThat(run.completedDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
    assertThat(run.agent().status()).isEqualTo(AgentStatus.TESTING);
    assertThat(run.testCase().mockData()).extracting(MockDataVariable::value).containsExactly("John Doe", "active");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listTestRunsSendsPageAndSize(Mode mode) {
    server.enqueue(json(200, Fixtures.page(List.of(Fixtures.testRun("job_1", "tc_1", true, "")), 2, 5, 41)));
    TestRuns runs = agent.testRuns(BATCH_ID);

    Page<TestRun> page = mode.run(() -> runs.list(PageRequest.of(2, 10)), () -> runs.listAsync(PageRequest.of(2, 10)));

    take("GET", "/v1/test-runs?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID + "&page=2&size=10");
    assertThat(page.items()).extracting(TestRun::jobId).containsExactly("job_1");
    assertThat(page).extracting(Page::page, Page::totalPages, Page::totalCount, Page::hasNext, Page::hasPrevious)
        .containsExactly(2, 5, 41L, true, true);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTestCaseFromBuilderPrefillsTheAgent(Mode mode) {
    server.enqueue(json(201, Fixtures.testCase("tc_new", "Angry")));
    TestCases testCases = agent.testCases();

    TestCase created = mode.run(
        () -> testCases.create(b -> b.label("Angry").userPrompt("You are angry.").successCriteria("Calm them.").attempt(3L)),
        () -> testCases.createAsync(b -> b.label("Angry").userPrompt("You are angry.").successCriteria("Calm them.").attempt(3L)));

    RecordedRequest request = take("POST", "/v1/test-cases");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"agentId\":\"" + AGENT_ID + "\",\"label\":\"Angry\","
        + "\"userPrompt\":\"You are angry.\",\"attempt\":3,\"successCriteria\":\"Calm them.\"}");
    assertThat(created.testCaseId()).isEqualTo("tc_new");
    assertThat(created.label()).isEqualTo("Angry");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTestCaseFromRequestAcceptsOk(Mode mode) {
    server.enqueue(json(200, Fixtures.testCase("tc_new", "Polite")));
    CreateTestCaseRequest request = CreateTestCaseRequest.builder()
        .agentId(AGENT_ID)
        .userPrompt("Hi")
        .successCriteria("Greets back")
        .addMockDataItem(MockDataVariable.builder().variableName("customer_name").value("Jane").build())
        .build();

    TestCase created = mode.run(() -> agent.testCases().create(request), () -> agent.testCases().createAsync(request));

    assertThat(take("POST", "/v1/test-cases").getBody().readUtf8()).isEqualTo("{\"agentId\":\"" + AGENT_ID + "\","
        + "\"mockData\":[{\"variableName\":\"customer_name\",\"value\":\"Jane\"}],"
        + "\"userPrompt\":\"Hi\",\"successCriteria\":\"Greets back\"}");
    assertThat(created.testCaseId()).isEqualTo("tc_new");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listTestCasesReadsTheBareArray(Mode mode) {
    server.enqueue(json(200, "[" + Fixtures.testCase("tc_1", "One") + "," + Fixtures.testCase("tc_2", "Two") + "]"));

    List<TestCase> all = mode.run(() -> agent.testCases().list(), () -> agent.testCases().listAsync());

    take("GET", "/v1/test-cases?agentId=" + AGENT_ID);
    assertThat(all).extracting(TestCase::testCaseId).containsExactly("tc_1", "tc_2");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getTestCaseEncodesTheId(Mode mode) {
    server.enqueue(json(200, Fixtures.testCase("tc_1", "One")));

    TestCase testCase = mode.run(() -> agent.testCases().get(AWKWARD_ID), () -> agent.testCases().getAsync(AWKWARD_ID));

    take("GET", "/v1/test-cases/" + AWKWARD_ID_ENCODED + "?agentId=" + AGENT_ID);
    assertThat(testCase.attempt()).isEqualTo(2L);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateTestCaseSendsOnlyTheChangedFields(Mode mode) {
    server.enqueue(json(200, Fixtures.testCase("tc_1", "Renamed")));

    TestCase updated = mode.run(
        () -> agent.testCases().update("tc_1", b -> b.label("Renamed")),
        () -> agent.testCases().updateAsync("tc_1", b -> b.label("Renamed")));

    RecordedRequest request = take("PUT", "/v1/test-cases/tc_1");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"agentId\":\"" + AGENT_ID + "\",\"label\":\"Renamed\"}");
    assertThat(updated.label()).isEqualTo("Renamed");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateTestCaseFromRequest(Mode mode) {
    server.enqueue(json(200, Fixtures.testCase("tc_1", "One")));
    UpdateTestCaseRequest request = UpdateTestCaseRequest.builder().agentId(AGENT_ID).attempt(7L).build();

    mode.run(() -> agent.testCases().update(AWKWARD_ID, request), () -> agent.testCases().updateAsync(AWKWARD_ID, request));

    RecordedRequest recorded = take("PUT", "/v1/test-cases/" + AWKWARD_ID_ENCODED);
    assertThat(recorded.getBody().readUtf8()).isEqualTo("{\"agentId\":\"" + AGENT_ID + "\",\"attempt\":7}");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deleteTestCaseAcceptsNoContent(Mode mode) {
    server.enqueue(new MockResponse().setResponseCode(204));

    mode.run(() -> {
      agent.testCases().delete(AWKWARD_ID);
      return null;
    }, () -> agent.testCases().deleteAsync(AWKWARD_ID));

    take("DELETE", "/v1/test-cases/" + AWKWARD_ID_ENCODED + "?agentId=" + AGENT_ID);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createBatchRunSendsAgentAndTestCaseIds(Mode mode) {
    server.enqueue(json(201, Fixtures.batchCreated("batch_new")));

    BatchRunCreated created = mode.run(
        () -> agent.batchRuns().create("tc_1", "tc_2"),
        () -> agent.batchRuns().createAsync(List.of("tc_1", "tc_2")));

    RecordedRequest request = take("POST", "/v1/batch-runs");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"agentId\":\"" + AGENT_ID + "\",\"testCases\":[\"tc_1\",\"tc_2\"]}");
    assertThat(created.batchId()).isEqualTo("batch_new");
    assertThat(created.createdDate()).isEqualTo(OffsetDateTime.parse("2026-03-26T10:52:45.565Z"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getBatchRunEncodesTheId(Mode mode) {
    server.enqueue(json(200, Fixtures.batchRun("batch_1", 3, 1, 4, Fixtures.testCase("tc_1", "One"))));

    BatchRun batch = mode.run(() -> agent.batchRuns().get(AWKWARD_ID), () -> agent.batchRuns().getAsync(AWKWARD_ID));

    take("GET", "/v1/batch-runs/" + AWKWARD_ID_ENCODED + "?agentId=" + AGENT_ID);
    assertThat(batch.successfulAttempts()).isEqualTo(3L);
    assertThat(batch.testCases()).extracting(TestCase::testCaseId).containsExactly("tc_1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listBatchRunsSendsPageAndSize(Mode mode) {
    server.enqueue(json(200, Fixtures.page(List.of(Fixtures.batchRun("batch_1", 1, 0, 1)), 0, 1, 1)));

    Page<BatchRun> page = mode.run(
        () -> agent.batchRuns().list(PageRequest.of(0, 100)),
        () -> agent.batchRuns().listAsync(PageRequest.of(0, 100)));

    take("GET", "/v1/batch-runs?agentId=" + AGENT_ID + "&page=0&size=100");
    assertThat(page.items()).extracting(BatchRun::batchId).containsExactly("batch_1");
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void agentIdsAreEncodedAsQueryValues() {
    server.enqueue(json(200, "[]"));

    client.agent("agent a&b=c").testCases().list();

    assertThat(Fixtures.take(server).getRequestUrl().queryParameter("agentId")).isEqualTo("agent a&b=c");
  }

  @Test
  void baseUrlWithPathPrefixAndNoTrailingSlash() throws IOException {
    server.enqueue(json(200, "[]"));
    String prefixed = server.url("/gateway/sigmamind").toString();

    try (SigmaMindClient prefixedClient = Fixtures.clientFor(server, new FakeTime()).baseUrl(prefixed).build()) {
      prefixedClient.agent(AGENT_ID).testCases().list();
    }

    assertThat(Fixtures.take(server).getPath()).isEqualTo("/gateway/sigmamind/v1/test-cases?agentId=" + AGENT_ID);
  }

  @Test
  void newerGenerationSpellingAndTranscriptAreRead() {
    server.enqueue(json(200, Fixtures.testRun(JOB_ID, "tc_1", null,
        ",\"isSuccessful\":false,\"remarks\":\"Gave up\",\"conversation\":[{\"role\":\"user\",\"content\":\"Cancel!\"},"
            + "{\"role\":\"agent\",\"content\":\"Sure\"}],\"completedDate\":null")));

    TestRun run = agent.testRuns(BATCH_ID).get(JOB_ID);

    assertThat(run.successful()).isFalse();
    assertThat(run.completedDate()).isNull();
    assertThat(run.conversation()).extracting(message -> message.role().value()).containsExactly("user", "agent");
  }
}
