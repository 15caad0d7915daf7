package ai.sigmamind.suite.stats;

import java.util.List;
import java.util.Optional;

/**
 * One test case's judged attempts in one batch. Attempts that were never judged (timed out,
 * errored) are left out by the caller: they are no evidence either way.
 *
 * <pre>{@code
 * CaseRun run = new CaseRun("Refund request", List.of(new Attempt(1, true, transcript, remarks)));
 * run.result();  // 1/1
 * }</pre>
 *
 * @param label the test case's label, the key a baseline matches on
 * @param attempts the judged attempts
 */
public record CaseRun(String label, List<Attempt> attempts) {
  /**
   * Checks the label and copies the attempts.
   *
   * @param label see {@link #label()}
   * @param attempts see {@link #attempts()}; copied
   * @throws IllegalArgumentException if the label is blank
   */
  public CaseRun {
    if (label.isBlank()) {
      throw new IllegalArgumentException("a test case needs a label");
    }
    attempts = List.copyOf(attempts);
  }

  /**
   * Passes out of judged attempts.
   *
   * @return the judged attempts' passes and count
   */
  public PassRate result() {
    return PassRate.of((int) attempts.stream().filter(Attempt::passed).count(), attempts.size());
  }

  /**
   * The first passing attempt, for "what it looked like when it worked".
   *
   * @return the passing attempt that comes first in the list, or empty when none passed
   */
  public Optional<Attempt> firstPassing() {
    return attempts.stream().filter(Attempt::passed).findFirst();
  }

  /**
   * The first failing attempt.
   *
   * @return the failing attempt that comes first in the list, or empty when none failed
   */
  public Optional<Attempt> firstFailing() {
    return attempts.stream().filter(attempt -> !attempt.passed()).findFirst();
  }
}
