/**
 * Runnable samples of the SigmaMind Java SDK. Each runs on an embedded
 * {@link ai.sigmamind.sandbox.SigmaMindSandbox} by default, and against SigmaMind's API when
 * {@code SIGMAMIND_API_KEY} is set ({@code SIGMAMIND_BASE_URL} overrides the address).
 *
 * <ul>
 *   <li>{@link ai.sigmamind.samples.Quickstart}: fetch one test run and print its verdict.</li>
 *   <li>{@link ai.sigmamind.samples.RegressionSuite}: keep an agent's test cases in a YAML file,
 *       sync them, run them as a batch, report (table, JUnit XML, JSON) and gate on the pass rate.</li>
 * </ul>
 *
 * <pre>{@code
 * int exitCode = RegressionSuite.run(new String[] {"--min-pass-rate", "0.9"}, System.out, System.err);
 * }</pre>
 */
@NullMarked
package ai.sigmamind.samples;

import org.jspecify.annotations.NullMarked;
