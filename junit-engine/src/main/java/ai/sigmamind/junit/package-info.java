/**
 * The SigmaMind JUnit Platform engine (engine id {@code sigmamind}): agent regression suites as
 * tests. Add {@code sigmamind-junit} as a test dependency, put suite files named
 * {@code *.sigmamind.yaml} under {@code src/test/resources} and name them from a class annotated
 * {@link ai.sigmamind.junit.SigmaMindSuite}; choose the target with {@code sigmamind.sandbox=true}
 * or an API key (see docs/junit-engine.md in the source repository).
 *
 * <pre>{@code
 * @SigmaMindSuite("suites/demo-agent.sigmamind.yaml")
 * class DemoAgentTest {}
 * }</pre>
 */
@NullMarked
package ai.sigmamind.junit;

import org.jspecify.annotations.NullMarked;
