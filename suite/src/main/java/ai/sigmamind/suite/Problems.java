package ai.sigmamind.suite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in what the user wrote (suite files), gathered so that one report lists
 * every one of them, each on its own line, instead of stopping at the first.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.add(6, "demo-agent.yaml:6: test case 'Angry customer': 'attempt' must be a positive integer, found '0'");
 * problems.throwIfAny();   // UsageException listing every line
 * }</pre>
 */
final class Problems {
  /** One problem and the line it is on, 0 for the file as a whole. */
  private record Problem(int line, String message) {
  }

  private final List<Problem> problems = new ArrayList<>();

  /** A problem with a whole file (missing, unreadable). */
  void add(String message) {
    add(0, message);
  }

  /** A problem on {@code line}; {@code message} names the file and line itself. */
  void add(int line, String message) {
    problems.add(new Problem(line, message));
  }

  int size() {
    return problems.size();
  }

  /** Adds {@code others}' problems in line order: the order a person reads the file in. */
  void addInLineOrder(Problems others) {
    others.problems.stream().sorted(Comparator.comparingInt(Problem::line)).forEach(problems::add);
  }

  /**
   * Throws one {@link UsageException} listing every problem, one per line.
   *
   * @throws UsageException if any problem was added
   */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new UsageException(String.join(System.lineSeparator(), problems.stream().map(Problem::message).toList()));
    }
  }
}
