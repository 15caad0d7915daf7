package ai.sigmamind.suite;

import org.jspecify.annotations.Nullable;

/**
 * One gate's judgement of a suite run.
 *
 * <pre>{@code
 * new GateVerdict("pass-rate", true, "pass rate 81.3% meets the minimum of 80.0%")
 * }</pre>
 *
 * @param gate the gate's short name, for reports ({@code pass-rate})
 * @param passed whether the run passes this gate
 * @param message why, in a sentence
 * @param statistics for the {@link BaselineGate}: the comparison per test case the reports render; null for other gates
 */
public record GateVerdict(String gate, boolean passed, String message, @Nullable StatisticalVerdict statistics) {
  /**
   * A verdict with no statistics.
   *
   * @param gate the gate's short name, for reports ({@code pass-rate})
   * @param passed whether the run passes this gate
   * @param message why, in a sentence
   */
  public GateVerdict(String gate, boolean passed, String message) {
    this(gate, passed, message, null);
  }
}
