package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stored state as the API returns it at a given instant, in the sandbox's {@link WireShape}:
 * which fields exist and how chat ids look. (Spelling and date precision are {@link Json}'s.)
 */
final class Views {
  private final boolean newer;

  Views(WireShape shape) {
    this.newer = shape == WireShape.NEWER;
  }

  TestCase testCase(TestCase stored) {
    return newer ? stored : stored.toBuilder().label(null).build();
  }

  BatchRunCreated created(StoredBatch batch) {
    return BatchRunCreated.builder()
        .batchId(batch.batchId())
        .workspaceId(batch.workspaceId())
        .agent(batch.agent())
        .createdDate(utc(batch.createdAt()))
        .build();
  }

  /** The batch with its counters as of {@code now}: only completed runs are counted as judged. */
  BatchRun batch(StoredBatch batch, Instant now) {
    long successful = 0;
    long failed = 0;
    for (StoredRun run : batch.runs()) {
      StoredRun.Judgement judgement = run.completedBy(now);
      if (judgement != null) {
        if (judgement.successful()) {
          successful++;
        } else {
          failed++;
        }
      }
    }
    return BatchRun.builder()
        .batchId(batch.batchId())
        .workspaceId(batch.workspaceId())
        .agent(batch.agent())
        .createdDate(utc(batch.createdAt()))
        .testCases(batch.testCases().stream().map(this::testCase).toList())
        .successfulAttempts(successful)
        .failedAttempts(failed)
        .totalAttempts((long) batch.runs().size())
        .build();
  }

  /** The run as of {@code now}: no completion date, verdict, remarks or transcript until it completes. */
  TestRun run(StoredBatch batch, StoredRun run, Instant now) {
    TestRun.Builder view = TestRun.builder()
        .batchId(batch.batchId())
        .workspaceId(batch.workspaceId())
        .agent(batch.agent())
        .testCase(testCase(run.testCase()))
        .jobId(run.jobId())
        .chatId(newer ? run.chatId().replaceFirst("^chat-", "chat_") : run.chatId())
        .createdDate(utc(run.createdAt()));
    StoredRun.Judgement judgement = run.completedBy(now);
    if (judgement != null) {
      view.completedDate(utc(judgement.completesAt()))
          .successful(judgement.successful())
          .remarks(judgement.remarks());
      if (newer) {
        view.conversation(judgement.conversation());
      }
    }
    return view.build();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
