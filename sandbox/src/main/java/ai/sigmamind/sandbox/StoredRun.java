package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.TestCase;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One test run (job) as stored. Immutable: the verdict is decided when the batch starts and
 * revealed once the sandbox clock reaches {@link Judgement#completesAt}, so reading never has to
 * mutate state. {@code chatId} is stored in the seed's {@code chat-} form.
 */
record StoredRun(String jobId, String chatId, TestCase testCase, long attempt, Instant createdAt,
    @Nullable Judgement judgement) {

  /** The verdict of a run that completes; absent for a run that never does. */
  record Judgement(Instant completesAt, boolean successful, String remarks, List<ConversationMessage> conversation) {
    Judgement {
      conversation = List.copyOf(conversation);
    }
  }

  /** The judgement if the run is complete at {@code now}, else null (still running). */
  @Nullable Judgement completedBy(Instant now) {
    return judgement != null && !now.isBefore(judgement.completesAt()) ? judgement : null;
  }
}
