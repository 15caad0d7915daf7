package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --drift}: four documented changes in four operations' success bodies, nothing else. */
class ResponseDriftTest {
  private static final String TEST_CASE = "/v1/test-cases/tc_d17T6uReChpyfFeP?agentId=" + DEMO_AGENT;
  private static final String BATCH = "/v1/batch-runs/batch_s0OJu2JWR8R45Fai?agentId=" + DEMO_AGENT;
  private static final String BATCHES = "/v1/batch-runs?agentId=" + DEMO_AGENT;
  private static final String RUN = "/v1/test-runs/job_ksUu5yRHGTLLrLeM?batchId=batch_s0OJu2JWR8R45Fai&agentId=" + DEMO_AGENT;
  private static final String RUNS = "/v1/test-runs?batchId=batch_s0OJu2JWR8R45Fai&agentId=" + DEMO_AGENT;

  private static SigmaMindSandbox launch(String... args) {
    return SandboxMain.launch(args, new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void theDriftFlagChangesExactlyTheDocumentedFields() {
    try (SigmaMindSandbox plain = launch(); SigmaMindSandbox drifted = launch("--drift")) {
      Api before = new Api(plain.baseUrl(), SigmaMindSandbox.SEED_API_KEY);
      Api after = new Api(drifted.baseUrl(), SigmaMindSandbox.SEED_API_KEY);

      Map<String, Object> testCase = after.get(TEST_CASE).tree();
      assertThat(after.get(TEST_CASE).body()).contains("\"attempt\":\"5\"");
      assertThat(without(testCase, "attempt")).isEqualTo(without(before.get(TEST_CASE).tree(), "attempt"));

      Map<String, Object> batch = after.get(BATCH).tree();
      assertThat(batch).doesNotContainKey("batchId");
      assertThat(batch).isEqualTo(without(before.get(BATCH).tree(), "batchId"));

      Map<String, Object> batches = after.get(BATCHES).tree();
      assertThat(batches).doesNotContainKey("totalCount").containsEntry("total", 1.0);
      assertThat(after.get(BATCHES).body()).contains("\"total\":1").doesNotContain("\"total\":1.0");
      assertThat(without(batches, "total")).isEqualTo(without(before.get(BATCHES).tree(), "totalCount"));

      Map<String, Object> run = after.get(RUN).tree();
      assertThat(run).containsEntry(ResponseDrift.ADDED_FIELD, "neutral");
      assertThat(without(run, ResponseDrift.ADDED_FIELD)).isEqualTo(before.get(RUN).tree());

      assertThat(after.get(RUNS).body()).as("other operations are untouched").isEqualTo(before.get(RUNS).body());
      assertThat(after.get("/v1/test-cases/tc_unknown?agentId=" + DEMO_AGENT).code()).as("errors are untouched").isEqualTo(404);
    }
  }

  @Test
  void driftIsOffByDefault() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seedData(true).build().start()) {
      assertThat(new Api(sandbox.baseUrl(), SigmaMindSandbox.SEED_API_KEY).get(RUN).tree())
          .doesNotContainKey(ResponseDrift.ADDED_FIELD).containsKey("jobId");
    }
  }

  private static Map<String, Object> without(Map<String, Object> tree, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(tree);
    copy.remove(field);
    return copy;
  }
}
