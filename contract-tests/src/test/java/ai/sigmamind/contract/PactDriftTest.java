package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

/** The drift check ignores noise and reports real contract changes, by interaction and path. */
class PactDriftTest {
  private static final String COMMITTED = """
      {"consumer": {"name": "sdk"}, "provider": {"name": "api"},
       "interactions": [
         {"description": "get a run", "key": "aaaa1111",
          "providerStates": [{"name": "run exists"}],
          "comments": {"testname": "RunTest.get(MockServer)", "text": []},
          "request": {"method": "GET", "path": "/v1/test-runs/job_1"},
          "response": {"status": 200, "body": {"content": {"isSuccesful": true}}}},
         {"description": "delete a case", "key": "bbbb2222",
          "request": {"method": "DELETE", "path": "/v1/test-cases/tc_1"},
          "response": {"status": 204}}],
       "metadata": {"pact-jvm": {"version": "4.6.21"}, "pactSpecification": {"version": "4.0"}}}
      """;

  @Test
  void versionTestNamesKeysAndOrderAreNoise() {
    String reordered = """
        {"metadata": {"pactSpecification": {"version": "4.0"}, "pact-jvm": {"version": "4.6.99"}},
         "provider": {"name": "api"}, "consumer": {"name": "sdk"},
         "interactions": [
           {"response": {"status": 204}, "key": "cccc3333", "description": "delete a case",
            "request": {"path": "/v1/test-cases/tc_1", "method": "DELETE"}},
           {"description": "get a run", "key": "dddd4444",
            "comments": {"testname": "RenamedTest.renamed(MockServer)", "text": []},
            "providerStates": [{"name": "run exists"}],
            "request": {"method": "GET", "path": "/v1/test-runs/job_1"},
            "response": {"body": {"content": {"isSuccesful": true}}, "status": 200}}]}
        """;

    assertThat(PactDrift.between(json(COMMITTED), json(reordered)).isEmpty()).isTrue();
  }

  @Test
  void aChangedBodyIsReportedWithItsInteractionAndPath() {
    PactDrift drift = driftReplacing("\"isSuccesful\": true", "\"isSuccessful\": true");

    assertThat(drift.isEmpty()).isFalse();
    assertThat(drift.describe())
        .contains("~ changed: \"get a run\" given run exists")
        .contains("response.body.content.isSuccesful: true -> (absent)")
        .contains("response.body.content.isSuccessful: (absent) -> true")
        .doesNotContain("delete a case");
  }

  @Test
  void addedAndRemovedInteractionsAreReported() {
    assertThat(driftReplacing("delete a case", "delete a test case").describe())
        .contains("+ added:   \"delete a test case\"")
        .contains("- removed: \"delete a case\"");
  }

  @Test
  void aChangedProviderStateIsANewInteraction() {
    assertThat(driftReplacing("run exists", "run is running").describe())
        .contains("+ added:   \"get a run\" given run is running")
        .contains("- removed: \"get a run\" given run exists");
  }

  @Test
  void theCanonicalFormDropsTheNoiseAndSortsKeys() {
    String canonical = PactDrift.canonicalText(json(COMMITTED));

    assertThat(canonical).doesNotContain("pact-jvm", "testname", "\"key\"").endsWith("}\n");
    assertThat(canonical.indexOf("\"consumer\"")).isLessThan(canonical.indexOf("\"interactions\""));
    assertThat(canonical.indexOf("delete a case")).isLessThan(canonical.indexOf("get a run"));
    assertThat(PactDrift.between(json(canonical), json(COMMITTED)).isEmpty()).isTrue();
  }

  /** The drift from the committed pact to one with {@code from} replaced by {@code to}. */
  private static PactDrift driftReplacing(String from, String to) {
    return PactDrift.between(json(COMMITTED), json(COMMITTED.replace(from, to)));
  }

  private static JsonNode json(String text) {
    try {
      return PactJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
