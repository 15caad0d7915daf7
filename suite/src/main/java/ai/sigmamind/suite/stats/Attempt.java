package ai.sigmamind.suite.stats;

/**
 * One judged attempt of a test case, as the runner got it back.
 *
 * <pre>{@code
 * Attempt attempt = new Attempt(2, false, "user: Hi\nagent: ...", "The agent did not confirm the refund.");
 * }</pre>
 *
 * @param number the attempt's number within its batch, from 1
 * @param passed the judge's verdict
 * @param transcript the conversation as text, empty if the API returned none
 * @param remarks the judge's remarks, empty if none
 */
public record Attempt(int number, boolean passed, String transcript, String remarks) {
  /**
   * Checks the attempt's number.
   *
   * @param number see {@link #number()}; at least 1
   * @param passed see {@link #passed()}
   * @param transcript see {@link #transcript()}
   * @param remarks see {@link #remarks()}
   * @throws IllegalArgumentException if {@code number} is below 1
   */
  public Attempt {
    if (number < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1, found " + number);
    }
  }
}
