package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.TestCase;
import java.time.Instant;
import java.util.List;

/**
 * One batch run as stored, with copies of its test cases as they were when it started (later
 * edits or deletions of a test case don't rewrite history) and all its runs.
 */
record StoredBatch(String batchId, String workspaceId, AgentSummary agent, Instant createdAt,
    List<TestCase> testCases, List<StoredRun> runs) {

  StoredBatch {
    testCases = List.copyOf(testCases);
    runs = List.copyOf(runs);
  }
}
