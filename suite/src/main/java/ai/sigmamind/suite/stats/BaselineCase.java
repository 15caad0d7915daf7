package ai.sigmamind.suite.stats;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One test case's recorded result in a {@link Baseline}.
 *
 * <pre>{@code
 * BaselineCase recorded = baseline.find("Refund request").orElseThrow();
 * recorded.result().interval();
 * }</pre>
 *
 * @param label the test case's label
 * @param result passes out of attempts when recorded
 * @param batchId the batch the result came from
 * @param recordedAt when that batch ran
 * @param passing a passing attempt, if any passed
 * @param failing a failing attempt, if any failed
 */
public record BaselineCase(
    String label, PassRate result, String batchId, Instant recordedAt,
    @Nullable TranscriptExcerpt passing, @Nullable TranscriptExcerpt failing) {

  /**
   * Checks the label and batch id.
   *
   * @param label see {@link #label()}
   * @param result see {@link #result()}
   * @param batchId see {@link #batchId()}
   * @param recordedAt see {@link #recordedAt()}
   * @param passing see {@link #passing()}
   * @param failing see {@link #failing()}
   * @throws IllegalArgumentException if the label or batch id is blank
   */
  public BaselineCase {
    if (label.isBlank()) {
      throw new IllegalArgumentException("a baseline case needs a label");
    }
    if (batchId.isBlank()) {
      throw new IllegalArgumentException("baseline case '" + label + "' needs the batch id it was recorded from");
    }
  }

  /** The case as recorded from one run. */
  static BaselineCase of(CaseRun run, String batchId, Instant recordedAt) {
    return new BaselineCase(run.label(), run.result(), batchId, recordedAt,
        run.firstPassing().map(TranscriptExcerpt::of).orElse(null),
        run.firstFailing().map(TranscriptExcerpt::of).orElse(null));
  }
}
