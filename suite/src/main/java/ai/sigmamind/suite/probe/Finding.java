package ai.sigmamind.suite.probe;

/**
 * One way an answer differs from the spec.
 *
 * @param kind drift to review, or breaking
 * @param location where: {@code response /data/∗/totalCount}, {@code response status}, {@code request /attempt}
 * @param message the validator's message, redacted
 */
public record Finding(Kind kind, String location, String message) {
  /** How bad a difference is. */
  public enum Kind {
    /**
     * The spec lacks it (a field, a success status): a client generated from the spec ignores it,
     * but the spec should learn it. A warning.
     */
    DRIFT,
    /** A required field missing, a type, format or status the spec does not allow: clients break. */
    BREAKING;

    /**
     * For reports.
     *
     * @return {@code drift to review} or {@code breaking}
     */
    public String label() {
      return this == DRIFT ? "drift to review" : "breaking";
    }
  }

  @Override
  public String toString() {
    return kind.label() + ": " + location + ": " + message;
  }
}
