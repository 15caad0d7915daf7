package ai.sigmamind.suite.stats;

import java.io.IOException;

/**
 * A baseline or history file that cannot be read as one: the message names the file, the line
 * and what is wrong.
 *
 * <pre>{@code
 * try {
 *   BaselineFile.read(path);
 * } catch (BaselineFormatException e) {
 *   System.err.println(e.getMessage());  // "demo.baseline.yaml:7: case 'Refund': passes (9) exceeds attempts (8)"
 * }
 * }</pre>
 */
public final class BaselineFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * A problem described by {@code message}, which names the file and line.
   *
   * @param message what is wrong, naming the file and, where there is one, the line
   */
  public BaselineFormatException(String message) {
    super(message);
  }

  /**
   * A problem described by {@code message}, caused by {@code cause}.
   *
   * @param message what is wrong, naming the file and, where there is one, the line
   * @param cause the parser's or decoder's own exception
   */
  public BaselineFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
