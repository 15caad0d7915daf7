package ai.sigmamind.suite.stats;

/**
 * Enough of one attempt to compare it with another later: its number, the judge's remarks and the
 * start of its transcript, cut to keep a baseline file small enough to review.
 *
 * <pre>{@code
 * TranscriptExcerpt excerpt = TranscriptExcerpt.of(attempt);
 * }</pre>
 *
 * @param attempt the attempt's number in its batch
 * @param remarks the judge's remarks, cut to {@value #MAX_REMARKS_CHARS} characters
 * @param transcript the transcript, cut to {@value #MAX_TRANSCRIPT_CHARS} characters
 */
public record TranscriptExcerpt(int attempt, String remarks, String transcript) {
  /** The longest transcript kept. */
  public static final int MAX_TRANSCRIPT_CHARS = 2000;
  /** The longest remarks kept. */
  public static final int MAX_REMARKS_CHARS = 1000;
  private static final String CUT = " […]";

  /**
   * Checks the attempt's number and cuts the texts.
   *
   * @param attempt see {@link #attempt()}
   * @param remarks see {@link #remarks()}; cut if longer
   * @param transcript see {@link #transcript()}; cut if longer
   * @throws IllegalArgumentException if {@code attempt} is below 1
   */
  public TranscriptExcerpt {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1, found " + attempt);
    }
    remarks = cut(remarks, MAX_REMARKS_CHARS);
    transcript = cut(transcript, MAX_TRANSCRIPT_CHARS);
  }

  /**
   * The excerpt of an attempt.
   *
   * @param attempt a judged attempt
   * @return its number, remarks and transcript, cut to the limits
   */
  public static TranscriptExcerpt of(Attempt attempt) {
    return new TranscriptExcerpt(attempt.number(), attempt.remarks(), attempt.transcript());
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - CUT.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return text.substring(0, end) + CUT;
  }
}
