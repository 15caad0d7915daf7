package ai.sigmamind.suite;

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
 */
public record GateVerdict(String gate, boolean passed, String message) {
}
