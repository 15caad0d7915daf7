package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API keys, workspaces and what happens to requests no endpoint serves. */
@ExtendWith(SandboxExtension.class)
class AuthAndRoutingTest {

  @Test
  void aMissingOrBlankKeyIs401OnEveryEndpoint(@SandboxBaseUrl String baseUrl) {
    Api anonymous = new Api(baseUrl, null);
    Api blank = new Api(baseUrl, "  ");

    assertThat(anonymous.get("/v1/test-cases?agentId=" + DEMO_AGENT).error(401).path()).isEqualTo("/v1/test-cases");
    anonymous.post("/v1/batch-runs", "{}").error(401);
    anonymous.get("/v1/test-runs/job_x?batchId=b&agentId=a").error(401);
    blank.get("/v1/batch-runs?agentId=" + DEMO_AGENT).error(401);
    anonymous.get("/v1/unknown").error(401);
  }

  @Test
  void eachKeyIsItsOwnWorkspace(SigmaMindSandbox sandbox) {
    Api alice = new Api(sandbox.baseUrl(), "alice");
    Api bob = new Api(sandbox.baseUrl(), "bob");
    TestCase aliceCase = alice.createTestCase("A customer.", "Agent helps.", 1);
    BatchRunCreated aliceBatch = alice.startBatch(aliceCase.testCaseId());
    String job = alice.runs(aliceBatch.batchId()).data().get(0).jobId();

    assertThat(aliceCase.workspaceId()).isEqualTo(sandbox.workspaceId("alice")).isNotEqualTo(sandbox.workspaceId("bob"));
    bob.get("/v1/test-cases/" + aliceCase.testCaseId() + "?agentId=" + DEMO_AGENT).error(404);
    bob.put("/v1/test-cases/" + aliceCase.testCaseId(), "{\"agentId\":\"" + DEMO_AGENT + "\"}").error(404);
    bob.delete("/v1/test-cases/" + aliceCase.testCaseId() + "?agentId=" + DEMO_AGENT).error(404);
    bob.post("/v1/batch-runs", "{\"agentId\":\"" + DEMO_AGENT + "\",\"testCases\":[\"" + aliceCase.testCaseId() + "\"]}").error(404);
    bob.get("/v1/batch-runs/" + aliceBatch.batchId() + "?agentId=" + DEMO_AGENT).error(404);
    bob.get("/v1/test-runs?batchId=" + aliceBatch.batchId() + "&agentId=" + DEMO_AGENT).error(404);
    bob.get("/v1/test-runs/" + job + "?batchId=" + aliceBatch.batchId() + "&agentId=" + DEMO_AGENT).error(404);
    assertThat(bob.get("/v1/test-cases?agentId=" + DEMO_AGENT).body()).isEqualTo("[]");
    assertThat(alice.get("/v1/test-cases?agentId=" + DEMO_AGENT).asListOf(TestCase.class)).containsExactly(aliceCase);
  }

  @Test
  void workspaceIdsAreDerivedFromTheKeyAlone(SigmaMindSandbox sandbox) {
    try (SigmaMindSandbox other = SigmaMindSandbox.builder().seed(99).build()) {
      assertThat(other.workspaceId("alice")).isEqualTo(sandbox.workspaceId("alice")).matches("org_[0-9A-Za-z]{16}");
    }
    assertThat(sandbox.workspaceId(SigmaMindSandbox.SEED_API_KEY)).isEqualTo("org_V6eZ2zg8ziDx5pft");
  }

  @Test
  void aFixedSetOfKeysRefusesOthers() {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().apiKeys("sk_live", "sk_test").build().start()) {
      assertThat(new Api(sandbox.baseUrl(), "sk_test").get("/v1/test-cases?agentId=" + DEMO_AGENT).code()).isEqualTo(200);
      assertThat(new Api(sandbox.baseUrl(), "sk_other").get("/v1/test-cases?agentId=" + DEMO_AGENT).error(401).message())
          .contains("Invalid");
      new Api(sandbox.baseUrl(), null).get("/v1/test-cases?agentId=" + DEMO_AGENT).error(401);
    }
  }

  @Test
  void unknownRoutesAre404AndWrongMethods405WithAllow(@SandboxBaseUrl String baseUrl) {
    Api api = new Api(baseUrl, "key");

    assertThat(api.get("/v1/agents").error(404).path()).isEqualTo("/v1/agents");
    api.get("/v1/test-cases/").error(404);
    api.get("/").error(404);
    Api.Reply patch = api.send("PATCH", "/v1/test-cases/tc_1", "{}");
    patch.error(405);
    assertThat(patch.headers().get("Allow")).isEqualTo("DELETE, GET, PUT");
    Api.Reply delete = api.delete("/v1/batch-runs");
    delete.error(405);
    assertThat(delete.headers().get("Allow")).isEqualTo("GET, POST");
  }

  @Test
  void pathSegmentsAreDecodedOneByOne(@SandboxBaseUrl String baseUrl) {
    Api api = new Api(baseUrl, "key");

    assertThat(api.get("/v1/test-cases/tc%2Fa+b?agentId=" + DEMO_AGENT).error(404).message()).contains("tc/a+b");
    assertThat(api.get("/v1/test-cases/tc_x?agentId=a+b%21").error(404).message()).contains("a b!");
  }

  @Test
  void malformedPercentEncodingIs400(@SandboxBaseUrl String baseUrl) {
    Api api = new Api(baseUrl, "key");

    // The JDK's server refuses an unparseable request target itself, with its own (HTML) body.
    assertThat(api.get("/v1/test-cases/tc_%zz?agentId=" + DEMO_AGENT).code()).isEqualTo(400);
    assertThat(api.get("/v1/test-cases?agentId=%zz").code()).isEqualTo(400);
  }

  @Test
  void responsesAreJson(@SandboxBaseUrl String baseUrl) {
    Api.Reply reply = new Api(baseUrl, "key").get("/v1/test-cases?agentId=" + DEMO_AGENT);

    assertThat(reply.headers().get("Content-Type")).isEqualTo("application/json");
  }
}
