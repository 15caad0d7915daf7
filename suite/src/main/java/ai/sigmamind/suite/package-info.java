/**
 * The agent regression suite as a library: read suite files, sync their test cases to an agent,
 * run them as a batch, wait, report and gate. The command-line tool, the JUnit engine and the
 * Maven plugin are thin front ends over this package.
 */
@NullMarked
package ai.sigmamind.suite;

import org.jspecify.annotations.NullMarked;
