package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a started batch into its runs: one per attempt of each test case, in order, the i-th
 * (from 0) completing {@code pace × (i + 1)} after the batch started, each with its verdict,
 * transcript and remarks decided up front.
 */
record RunPlanner(IdGenerator ids, VerdictEngine verdicts, TranscriptGenerator transcripts, Duration pace) {
  StoredBatch plan(String workspaceId, AgentSummary agent, List<TestCase> testCases, Instant createdAt) {
    String batchId = ids.next("batch_");
    List<StoredRun> runs = new ArrayList<>();
    for (TestCase testCase : testCases) {
      long attempts = Objects.requireNonNullElse(testCase.attempt(), 1L);
      for (long attempt = 1; attempt <= attempts; attempt++) {
        Verdict verdict = verdicts.verdict(testCase, batchId, attempt);
        Instant completesAt = verdict == Verdict.PENDING
            ? null
            : createdAt.plus(pace.multipliedBy(runs.size() + 1L));
        runs.add(run(ids.next("job_"), ids.next("chat-"), testCase, agent, attempt, createdAt, completesAt,
            verdict == Verdict.PASSED));
      }
    }
    return new StoredBatch(batchId, workspaceId, agent, createdAt, testCases, runs);
  }

  /** One run with a given outcome; {@code completesAt} null for a run that never completes. */
  StoredRun run(String jobId, String chatId, TestCase testCase, AgentSummary agent, long attempt, Instant createdAt,
      @Nullable Instant completesAt, boolean successful) {
    if (completesAt == null) {
      return new StoredRun(jobId, chatId, testCase, attempt, createdAt, null);
    }
    TranscriptGenerator.Simulation simulation = transcripts.simulate(testCase, agent, attempt, successful);
    return new StoredRun(jobId, chatId, testCase, attempt, createdAt,
        new StoredRun.Judgement(completesAt, successful, simulation.remarks(), simulation.conversation()));
  }
}
