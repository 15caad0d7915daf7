package ai.sigmamind.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in what the user wrote (suite files), gathered so that one report lists
 * every one of them, each on its own line, instead of stopping at the first.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.add("demo-agent.yaml:6: test case 'Angry customer': 'attempt' must be a positive integer, found '0'");
 * problems.throwIfAny();   // UsageException listing every line
 * }</pre>
 */
final class Problems {
  private final List<String> messages = new ArrayList<>();

  void add(String message) {
    messages.add(message);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  int size() {
    return messages.size();
  }

  /**
   * Throws one {@link UsageException} listing every problem, one per line.
   *
   * @throws UsageException if any problem was added
   */
  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new UsageException(String.join(System.lineSeparator(), messages));
    }
  }
}
