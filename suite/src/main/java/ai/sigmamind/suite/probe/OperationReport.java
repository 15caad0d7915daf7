package ai.sigmamind.suite.probe;

import ai.sigmamind.sdk.models.ApiOperation;
import java.util.List;
import java.util.Locale;

/**
 * What the probe found for one operation of the spec, redacted.
 *
 * @param operation the operation
 * @param outcome conforms, drift to review, breaking, call failed or not exercised
 * @param findings every difference from the spec, each once
 * @param calls the calls made, as {@code GET /v1/test-cases?agentId=... -> 200}
 * @param notes why it was not exercised, what the SDK made of the answer, what was cleaned up
 * @param evidence where the spec says the operation's shape comes from ({@code x-sigmamind-evidence}):
 *     {@code documented}, {@code inferred} or {@code probed <date>}
 */
public record OperationReport(ApiOperation operation, Outcome outcome, List<Finding> findings, List<String> calls,
    List<String> notes, String evidence) {

  /**
   * Copies the lists.
   *
   * @param operation the operation
   * @param outcome how it fared
   * @param findings the differences from the spec
   * @param calls the calls made
   * @param notes what else there is to say
   * @param evidence the spec's {@code x-sigmamind-evidence}
   */
  public OperationReport {
    findings = List.copyOf(findings);
    calls = List.copyOf(calls);
    notes = List.copyOf(notes);
  }

  /**
   * Whether this run confirms what the spec only infers: the operation is marked inferred and was
   * answered without a breaking difference.
   *
   * @return true for an inferred operation that conforms or only drifts
   */
  public boolean confirmsInferred() {
    return evidence.equals("inferred") && (outcome == Outcome.CONFORMS || outcome == Outcome.DRIFT);
  }

  /** How an operation fared, worst first. */
  public enum Outcome {
    /** An answer differs from the spec in a way clients break on. */
    BREAKING,
    /** A call got no answer, or an error status where success was expected. */
    FAILED,
    /** Answers carry what the spec lacks: a warning, to review. */
    DRIFT,
    /** Every answer matches the spec. */
    CONFORMS,
    /** The probe made no call of it (read-only, no data to read, interrupted, or it has no step for it). */
    NOT_EXERCISED;

    /**
     * For reports: the name in lower case, but for the two that say more.
     *
     * @return e.g. {@code drift to review}, {@code not exercised}
     */
    public String label() {
      return switch (this) {
        case FAILED -> "call failed";
        case DRIFT -> "drift to review";
        default -> name().toLowerCase(Locale.ROOT).replace('_', ' ');
      };
    }
  }
}
