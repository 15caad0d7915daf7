/**
 * The SigmaMind Maven plugin: {@code sigmamind:run-suite} (bound to {@code integration-test}) runs
 * agent regression suites through the suite library and writes the reports under
 * {@code target/sigmamind}; {@code sigmamind:verify} (bound to {@code verify}) fails the build from
 * the written result.
 *
 * <pre>{@code
 * mvn verify -Dsigmamind.sandbox=true
 * }</pre>
 */
@NullMarked
package ai.sigmamind.maven;

import org.jspecify.annotations.NullMarked;
