package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.TestCase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of one API key: its agents, test cases and batches. Not thread-safe on its own; only
 * reached through {@link SandboxStore}, which serialises access. Lookups that miss throw the
 * API's 404, so handlers read as the happy path; an agent id not seen before is created on first
 * use (empty, status Testing, named by its id) unless only known agents are allowed.
 */
final class Workspace {
  private final String id;
  private final Map<String, AgentSummary> agents = new LinkedHashMap<>();
  private final Map<String, TestCase> testCases = new LinkedHashMap<>();
  private final Map<String, StoredBatch> batches = new LinkedHashMap<>();

  private final boolean knownAgentsOnly;

  Workspace(String id, Collection<AgentSummary> agents, boolean knownAgentsOnly) {
    this.id = id;
    this.knownAgentsOnly = knownAgentsOnly;
    agents.forEach(this::putAgent);
  }

  String id() {
    return id;
  }

  AgentSummary requireAgent(String agentId) {
    AgentSummary agent = agents.get(agentId);
    if (agent == null && knownAgentsOnly) {
      throw ApiException.notFound("Agent " + agentId + " not found (this sandbox plays known agents only)");
    }
    if (agent == null) {
      agent = AgentSummary.builder().agentId(agentId).name(agentId).status(AgentStatus.TESTING).build();
      putAgent(agent);
    }
    return agent;
  }

  boolean hasAgent(String agentId) {
    return agents.containsKey(agentId);
  }

  void putAgent(AgentSummary agent) {
    agents.put(agent.agentId(), agent);
  }

  /** The agent's test cases in creation order; 404 for an unknown agent. */
  List<TestCase> testCases(String agentId) {
    requireAgent(agentId);
    return testCases.values().stream().filter(testCase -> ownedBy(testCase, agentId)).toList();
  }

  TestCase requireTestCase(String agentId, String testCaseId) {
    requireAgent(agentId);
    TestCase testCase = testCases.get(testCaseId);
    if (testCase == null || !ownedBy(testCase, agentId)) {
      throw ApiException.notFound("Test case " + testCaseId + " not found for agent " + agentId);
    }
    return testCase;
  }

  /** Adds or replaces (by id) a test case. */
  void putTestCase(TestCase testCase) {
    testCases.put(testCase.testCaseId(), testCase);
  }

  void removeTestCase(String agentId, String testCaseId) {
    testCases.remove(requireTestCase(agentId, testCaseId).testCaseId());
  }

  void clearTestCases() {
    testCases.clear();
  }

  StoredBatch requireBatch(String agentId, String batchId) {
    requireAgent(agentId);
    StoredBatch batch = batches.get(batchId);
    if (batch == null || !batch.agent().agentId().equals(agentId)) {
      throw ApiException.notFound("Batch run " + batchId + " not found for agent " + agentId);
    }
    return batch;
  }

  /** The agent's batches, newest first; 404 for an unknown agent. */
  List<StoredBatch> batchesNewestFirst(String agentId) {
    requireAgent(agentId);
    List<StoredBatch> owned = new ArrayList<>();
    for (StoredBatch batch : batches.values()) {
      if (batch.agent().agentId().equals(agentId)) {
        owned.add(batch);
      }
    }
    Collections.reverse(owned);
    return owned;
  }

  /** Adds a batch as the newest; one with the same id is replaced. */
  void putBatch(StoredBatch batch) {
    batches.remove(batch.batchId());
    batches.put(batch.batchId(), batch);
  }

  void clearBatches() {
    batches.clear();
  }

  private static boolean ownedBy(TestCase testCase, String agentId) {
    return testCase.agent() != null && testCase.agent().agentId().equals(agentId);
  }
}
