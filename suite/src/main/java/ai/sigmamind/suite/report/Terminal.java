package ai.sigmamind.suite.report;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard output is an interactive terminal, where a progress line can be redrawn with
 * {@code \r}; in a CI log or a file it cannot.
 *
 * <pre>{@code
 * ProgressDisplay display = ProgressDisplay.of(System.out, Clock.systemUTC(), Terminal.isInteractive());
 * }</pre>
 */
public final class Terminal {
  private Terminal() {
  }

  /**
   * Whether standard output is an interactive terminal.
   *
   * @return false when there is no console, or (on JDK 22 and later) when output is redirected
   */
  public static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // JDK 22 to 24 return a Console even when output is redirected; they (and later JDKs) answer
    // isTerminal(), which release 17 cannot call directly.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
