/**
 * Short programs that show the SigmaMind Java SDK. Each runs on an embedded
 * {@link ai.sigmamind.sandbox.SigmaMindSandbox} by default, and against SigmaMind's API when
 * {@code SIGMAMIND_API_KEY} is set ({@code SIGMAMIND_BASE_URL} overrides the address). The
 * regression-suite gate is the {@code sigmamind} command (module {@code cli}), not a sample.
 *
 * <ul>
 *   <li>{@link ai.sigmamind.samples.Quickstart}: fetch one test run and print its verdict.</li>
 *   <li>{@link ai.sigmamind.samples.BatchRunExample}: create test cases, run them as a batch,
 *       wait with progress, print the verdicts, clean up.</li>
 * </ul>
 *
 * <pre>{@code
 * int exitCode = Quickstart.run(new String[0], System.out, System.err);
 * }</pre>
 */
@NullMarked
package ai.sigmamind.samples;

import org.jspecify.annotations.NullMarked;
