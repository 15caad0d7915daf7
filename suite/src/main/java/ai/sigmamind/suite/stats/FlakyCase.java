package ai.sigmamind.suite.stats;

/**
 * A test case whose verdict is unstable across a suite's recorded runs.
 *
 * <pre>{@code
 * for (FlakyCase flaky : history.flakiest(5)) {
 *   System.out.println(flaky.label() + " flipped " + flaky.flips() + " times in " + flaky.runs() + " runs");
 * }
 * }</pre>
 *
 * @param label the test case's label
 * @param runs the runs it was judged in
 * @param flips how often its verdict (every attempt passed, or not) changed from one run to the next
 * @param mixedRuns runs in which some attempts passed and some failed
 * @param overall passes out of attempts over all those runs; its interval is the case's pass rate
 *     with the run-to-run noise included
 */
public record FlakyCase(String label, int runs, int flips, int mixedRuns, PassRate overall) {
}
