package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import org.junit.jupiter.api.Test;

/** Wrong shapes fail with a JsonDataException that names the JSON path, never an NPE. */
class MalformedJsonTest {

  @Test
  void wrongScalarTypeNamesItsPath() {
    String json = Json.resource("seed-test-run.json").replace("\"attempt\": 5", "\"attempt\": \"five\"");
    assertThatThrownBy(() -> Json.decode(TestRun.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.testCase.attempt");
  }

  @Test
  void numberWhereAStringBelongsIsNotTurnedIntoText() {
    assertThatThrownBy(() -> Json.decode(AgentSummary.class, "{\"agentId\":5}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a string but was NUMBER at path $.agentId");
  }

  @Test
  void quotedNumberWhereANumberBelongsIsRejected() {
    assertThatThrownBy(() -> Json.decode(BatchRun.class, "{\"batchId\":\"b\",\"totalAttempts\":\"5\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a number but was STRING at path $.totalAttempts");
  }

  @Test
  void fractionWhereAnIntegerBelongsIsRejected() {
    assertThatThrownBy(() -> Json.decode(BatchRun.class, "{\"batchId\":\"b\",\"totalAttempts\":2.5}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.totalAttempts");
  }

  @Test
  void stringVerdictIsRejected() {
    assertThatThrownBy(() -> Json.decode(TestRun.class, "{\"batchId\":\"b\",\"jobId\":\"j\",\"isSuccesful\":\"true\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.isSuccesful");
  }

  @Test
  void objectWhereAnArrayBelongs() {
    assertThatThrownBy(() -> Json.decode(TestCase.class, "{\"testCaseId\":\"t\",\"mockData\":{}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.mockData");
  }

  @Test
  void arrayWhereAnObjectBelongs() {
    assertThatThrownBy(() -> Json.decode(TestRun.class, "[]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected an object for TestRun")
        .hasMessageContaining("$");
  }

  @Test
  void numberWhereAnEnumBelongs() {
    assertThatThrownBy(() -> Json.decode(AgentSummary.class, "{\"agentId\":\"a\",\"status\":3}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.status");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> Json.decode(TestRun.class, "{\"batchId\":\"b\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("TestRun.jobId");
  }

  @Test
  void nullListElementIsNamed() {
    assertThatThrownBy(() -> Json.decode(TestRunPage.class,
        "{\"data\":[null],\"page\":0,\"size\":1,\"totalCount\":1,\"totalPages\":1,\"hasNext\":false,\"hasPrevious\":false}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("TestRunPage.data[0]");
  }

  @Test
  void unparsableDateTimeNamesItsPath() {
    assertThatThrownBy(() -> Json.decode(TestRun.class,
        "{\"batchId\":\"b\",\"jobId\":\"j\",\"createdDate\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.createdDate")
        .hasMessageContaining("yesterday");
  }
}
