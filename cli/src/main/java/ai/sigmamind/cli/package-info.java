/**
 * The {@code sigmamind} command-line tool: picocli commands over the {@code ai.sigmamind.suite}
 * library ({@code suite run|sync|validate|plan}), the SDK ({@code runs get}, {@code batch wait|report})
 * and the sandbox ({@code sandbox}). {@link ai.sigmamind.cli.Main} is the runnable jar's entry point.
 *
 * <pre>{@code
 * java -jar sigmamind.jar suite run --sandbox samples/suites/demo-agent.yaml
 * }</pre>
 */
@NullMarked
package ai.sigmamind.cli;

import org.jspecify.annotations.NullMarked;
