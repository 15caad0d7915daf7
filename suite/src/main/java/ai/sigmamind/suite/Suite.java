package ai.sigmamind.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * A regression suite as read from its file: the agent and the test cases to keep on it.
 *
 * <pre>{@code
 * Suite suite = SuiteFile.read(Path.of("samples/suites/demo-agent.yaml"));
 * suite.testCases().forEach(testCase -> System.out.println(testCase.label()));
 * }</pre>
 *
 * @param file the file it was read from, as given
 * @param name the suite's name ({@code name} in the file, else the file name without extension)
 * @param agentId the agent the test cases belong to
 * @param testCases at least one, labels unique
 */
public record Suite(Path file, String name, String agentId, List<SuiteCase> testCases) {
  /**
   * The test cases, copied.
   *
   * @param file see {@link #file()}
   * @param name see {@link #name()}
   * @param agentId see {@link #agentId()}
   * @param testCases see {@link #testCases()}; copied
   */
  public Suite {
    testCases = List.copyOf(testCases);
  }
}
