package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wrong shapes fail with a JsonDataException that names the JSON path, never an NPE. */
class MalformedJsonTest {

  @Test
  void wrongScalarTypeNamesItsPath() {
    String json = Json.resource("seed-test-run.json").replace("\"attempt\": 5", "\"attempt\": \"five\"");
    assertThatThrownBy(() -> Json.decode(TestRun.class, json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.testCase.attempt");
  }

  /** A wrong shape, the model it is decoded as, and what the exception's message must name. */
  private record Malformed(String what, Class<?> type, String json, String... inMessage) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Malformed> malformed() {
    return Stream.of(
        new Malformed("a number where a string belongs is not turned into text", AgentSummary.class,
            "{\"agentId\":5}", "Expected a string but was NUMBER at path $.agentId"),
        new Malformed("a quoted number where a number belongs", BatchRun.class,
            "{\"batchId\":\"b\",\"totalAttempts\":\"5\"}", "Expected a number but was STRING at path $.totalAttempts"),
        new Malformed("a fraction where an integer belongs", BatchRun.class,
            "{\"batchId\":\"b\",\"totalAttempts\":2.5}", "$.totalAttempts"),
        new Malformed("a string verdict", TestRun.class,
            "{\"batchId\":\"b\",\"jobId\":\"j\",\"isSuccesful\":\"true\"}", "$.isSuccesful"),
        new Malformed("an object where an array belongs", TestCase.class,
            "{\"testCaseId\":\"t\",\"mockData\":{}}", "$.mockData"),
        new Malformed("an array where an object belongs", TestRun.class, "[]", "Expected an object for TestRun", "$"),
        new Malformed("a number where an enum belongs", AgentSummary.class,
            "{\"agentId\":\"a\",\"status\":3}", "$.status"),
        new Malformed("a missing required field", TestRun.class, "{\"batchId\":\"b\"}", "TestRun.jobId"),
        new Malformed("a null list element", TestRunPage.class,
            "{\"data\":[null],\"page\":0,\"size\":1,\"totalCount\":1,\"totalPages\":1,\"hasNext\":false,"
                + "\"hasPrevious\":false}", "TestRunPage.data[0]"),
        new Malformed("an unparsable date-time", TestRun.class,
            "{\"batchId\":\"b\",\"jobId\":\"j\",\"createdDate\":\"yesterday\"}", "$.createdDate", "yesterday"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aWrongShapeIsAJsonDataExceptionNamingWhereItIs(Malformed malformed) {
    assertThatThrownBy(() -> Json.decode(malformed.type(), malformed.json()))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContainingAll(malformed.inMessage());
  }
}
