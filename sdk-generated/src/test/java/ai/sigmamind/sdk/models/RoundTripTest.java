package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every request model and the page envelopes survive encode then decode unchanged. */
class RoundTripTest {
  private static final List<MockDataVariable> MOCK_DATA =
      List.of(MockDataVariable.builder().variableName("customer_name").value("John Doe").build());

  @Test
  void createTestCaseRequest() {
    CreateTestCaseRequest request = CreateTestCaseRequest.builder()
        .agentId("mJzLaPEo425lieb9")
        .label("Angry Customer - Cancellation Flow")
        .llmModel("gpt-4o-mini")
        .mockData(MOCK_DATA)
        .userPrompt("You are an angry customer.")
        .attempt(5L)
        .successCriteria("Agent confirms cancellation.")
        .build();
    assertRoundTrip(CreateTestCaseRequest.class, request);
  }

  @Test
  void updateTestCaseRequestWritesOnlyWhatIsSet() {
    UpdateTestCaseRequest request = UpdateTestCaseRequest.builder()
        .agentId("mJzLaPEo425lieb9")
        .attempt(3L)
        .build();
    assertWrittenAs(UpdateTestCaseRequest.class, request,
        "{\"agentId\":\"mJzLaPEo425lieb9\",\"attempt\":3}");
  }

  @Test
  void anEmptyListIsWrittenWhenSetOnPurpose() {
    UpdateTestCaseRequest clear = UpdateTestCaseRequest.builder().agentId("a").mockData(List.of()).build();
    assertThat(Json.encode(UpdateTestCaseRequest.class, clear)).isEqualTo("{\"agentId\":\"a\",\"mockData\":[]}");
    assertThat(clear.hasMockData()).isTrue();
    assertThat(Json.decode(UpdateTestCaseRequest.class, "{\"agentId\":\"a\"}").hasMockData()).isFalse();
    assertThat(Json.decode(UpdateTestCaseRequest.class, "{\"agentId\":\"a\",\"mockData\":[]}").hasMockData()).isTrue();
  }

  @Test
  void createBatchRunRequest() {
    CreateBatchRunRequest request = CreateBatchRunRequest.builder()
        .agentId("mJzLaPEo425lieb9")
        .addTestCasesItem("tc_d17T6uReChpyfFeP")
        .addTestCasesItem("tc_second")
        .build();
    assertWrittenAs(CreateBatchRunRequest.class, request,
        "{\"agentId\":\"mJzLaPEo425lieb9\",\"testCases\":[\"tc_d17T6uReChpyfFeP\",\"tc_second\"]}");
  }

  @Test
  void batchRunPage() {
    BatchRun batch = BatchRun.builder()
        .batchId("batch_s0OJu2JWR8R45Fai")
        .createdDate(OffsetDateTime.parse("2026-04-17T08:21:07.338Z"))
        .successfulAttempts(3L)
        .failedAttempts(1L)
        .totalAttempts(5L)
        .build();
    BatchRunPage page = BatchRunPage.builder()
        .data(List.of(batch)).page(0).size(20).totalCount(125L).totalPages(7).hasNext(true).hasPrevious(false)
        .build();
    assertRoundTrip(BatchRunPage.class, page);
  }

  @Test
  void apiError() {
    String body = "{\"error\":\"Bad Request\",\"message\":\"Invalid request parameters\","
        + "\"path\":\"/v1/batch-runs\",\"status\":400,\"timestamp\":\"2026-04-17T08:21:07.338Z\"}";
    ApiError error = Json.decode(ApiError.class, body);
    assertThat(error.status()).isEqualTo(400);
    assertThat(Json.encode(ApiError.class, error)).isEqualTo(body);
  }

  /** {@code value} is written as exactly {@code json} and reads back equal. */
  private static <T> void assertWrittenAs(Class<T> type, T value, String json) {
    assertThat(Json.encode(type, value)).isEqualTo(json);
    assertRoundTrip(type, value);
  }

  private static <T> void assertRoundTrip(Class<T> type, T value) {
    T decoded = Json.decode(type, Json.encode(type, value));
    assertThat(decoded).isEqualTo(value).hasSameHashCodeAs(value);
  }
}
