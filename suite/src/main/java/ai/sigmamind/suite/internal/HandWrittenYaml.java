package ai.sigmamind.suite.internal;

import java.io.StringReader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses a file people edit (a suite file, a baseline) into nodes, never into objects, so that no
 * YAML tag can make it instantiate a class; a key given twice is an error, not the last one winning.
 */
public final class HandWrittenYaml {
  private HandWrittenYaml() {
  }

  /** Text that is not YAML; the message names the file and, where the parser knows it, the line. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    /** 1-based; 0 when the parser does not say. */
    private final int line;
    /** SnakeYAML's own words. */
    private final String problem;

    SyntaxException(Path file, int line, String problem, String context, YAMLException cause) {
      super(file + ":" + (line > 0 ? line + ":" : "") + " invalid YAML: " + problem + context, cause);
      this.line = line;
      this.problem = problem;
    }

    /**
     * Where the parser stopped.
     *
     * @return the 1-based line, or 0 when the parser does not say
     */
    public int line() {
      return line;
    }

    /**
     * SnakeYAML's own words, e.g. {@code mapping values are not allowed here}.
     *
     * @return the problem, without the file, line or context
     */
    public String problem() {
      return problem;
    }
  }

  /**
   * The root node of {@code text}, the contents of {@code file}.
   *
   * @param file named in the error message
   * @param text the file's contents
   * @return the root node; null when the text holds no document (empty, or comments only)
   * @throws SyntaxException if the text is not YAML, a key repeats, or a tag names a class
   */
  public static @Nullable Node parse(Path file, String text) throws SyntaxException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      return new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new SyntaxException(file, mark == null ? 0 : mark.getLine() + 1, problem, context, e);
    } catch (YAMLException e) {
      throw new SyntaxException(file, 0, String.valueOf(e.getMessage()), "", e);
    }
  }
}
