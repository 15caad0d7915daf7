package ai.sigmamind.sandbox;

/**
 * Which generation of SigmaMind's API the sandbox imitates on the wire. Both carry the same data;
 * clients should be tested against both.
 *
 * <pre>{@code
 * SigmaMindSandbox newer = SigmaMindSandbox.builder().wireShape(WireShape.NEWER).build().start();
 * }</pre>
 */
public enum WireShape {
  /**
   * The documented seed response, the default: verdict spelled {@code isSuccesful}, chat ids
   * {@code chat-…}, dates to the second ({@code 2023-11-07T05:31:56Z}), no {@code conversation}
   * and no {@code testCase.label}.
   */
  SEED,

  /**
   * The newer API generation: verdict spelled {@code isSuccessful}, chat ids {@code chat_…},
   * dates with milliseconds ({@code 2026-03-26T10:52:45.565Z}), a {@code conversation} transcript
   * on completed runs and {@code label} on test cases.
   */
  NEWER
}
