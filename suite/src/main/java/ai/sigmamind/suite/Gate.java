package ai.sigmamind.suite;

/**
 * A rule that decides whether a finished suite run passes. A run is judged by every gate it is
 * given; it passes when all of them pass. The reports show each gate's verdict, so a new gate
 * (a statistical one against a baseline, say) only has to implement this interface.
 *
 * <pre>{@code
 * Gate gate = new PassRateGate(0.8);
 * GateVerdict verdict = gate.evaluate(result);   // PassRateGate: "pass rate 81.3% meets the minimum of 80.0%"
 * }</pre>
 */
@FunctionalInterface
public interface Gate {
  /**
   * Judges {@code result}, a complete run (an incomplete one fails before any gate is asked).
   *
   * @param result the finished run, with every test case's runs and verdicts
   * @return whether it passes and why, in a sentence a person reads in the log
   */
  GateVerdict evaluate(SuiteResult result);
}
