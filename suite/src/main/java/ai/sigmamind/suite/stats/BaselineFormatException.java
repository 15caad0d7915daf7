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

  // Only this package's readers throw it; users catch it.
  BaselineFormatException(String message) {
    super(message);
  }

  BaselineFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
