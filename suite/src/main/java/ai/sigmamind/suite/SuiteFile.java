package ai.sigmamind.suite;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a regression suite from YAML. Every problem is a {@link UsageException} whose message
 * starts with {@code file:line:}, names the test case and the field, and says what was expected:
 * {@code demo-agent.yaml:12: test case 'Angry customer': 'attempt' must be a positive integer, found '0'}.
 *
 * <pre>{@code
 * agentId: mJzLaPEo425lieb9          # required
 * name: demo-agent                   # optional; the file name by default
 * testCases:                         # required, at least one
 *   - label: Refund request          # required, unique: how the sync finds the agent's copy
 *     userPrompt: You are a customer who wants a refund for a damaged order.   # required
 *     successCriteria: Agent confirms the refund amount and timeline.         # required
 *     attempt: 3                     # optional, default 1
 *     llmModel: gpt-4o-mini          # optional; left to the API when absent
 *     mockData:                      # optional variable: value pairs
 *       order_id: ORD-48213
 * }</pre>
 *
 * <p>The file is parsed into nodes only, never into objects, so no YAML tag can make it
 * instantiate a class.
 */
public final class SuiteFile {
  private static final Set<String> SUITE_FIELDS = ordered("name", "agentId", "testCases");
  private static final Set<String> CASE_FIELDS =
      ordered("label", "userPrompt", "successCriteria", "attempt", "llmModel", "mockData");

  private SuiteFile() {
  }

  /**
   * Reads a suite file and checks it is a valid suite.
   *
   * @param file the suite's YAML file
   * @return the suite, its test cases in file order
   * @throws UsageException if the file is missing, unreadable, not YAML or not a valid suite
   */
  public static Suite read(Path file) {
    Node root = parse(file, readText(file));
    YamlFields fields = YamlFields.of(file, root, "", SUITE_FIELDS).checked();
    String name = fields.optionalText("name");
    String agentId = fields.text("agentId");
    List<SuiteCase> testCases = new ArrayList<>();
    Map<String, Integer> labelLines = new LinkedHashMap<>();
    List<Node> caseNodes = fields.sequence("testCases");
    for (int i = 0; i < caseNodes.size(); i++) {
      SuiteCase testCase = testCase(file, caseNodes.get(i), i + 1);
      Integer firstLine = labelLines.putIfAbsent(testCase.label(), testCase.line());
      if (firstLine != null) {
        throw new UsageException(file + ":" + testCase.line() + ": test case '" + testCase.label()
            + "': the label is already used at line " + firstLine + " (labels identify test cases, so they must be unique)");
      }
      testCases.add(testCase);
    }
    return new Suite(file, name != null ? name : baseName(file), agentId, testCases);
  }

  private static SuiteCase testCase(Path file, Node node, int number) {
    YamlFields fields = YamlFields.of(file, node, "test case #" + number, CASE_FIELDS);
    String knownLabel = fields.optionalText("label");
    YamlFields named = (knownLabel == null ? fields : fields.in("test case '" + knownLabel + "'")).checked();
    return new SuiteCase(
        named.text("label"),
        named.text("userPrompt"),
        named.text("successCriteria"),
        named.positiveInteger("attempt", 1),
        named.optionalText("llmModel"),
        named.textMap("mockData"),
        YamlFields.line(node));
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": suite file not found", e);
    } catch (CharacterCodingException e) {
      throw new UsageException(file + ": suite file is not UTF-8 text", e);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read suite file: " + e.getMessage(), e);
    }
  }

  private static Node parse(Path file, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? "" : (mark.getLine() + 1) + ":";
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new UsageException(file + ":" + where + " invalid YAML: " + problem + context, e);
    } catch (YAMLException e) {
      throw new UsageException(file + ": invalid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      throw new UsageException(file + ": suite file is empty; expected agentId and testCases");
    }
    return root;
  }

  private static String baseName(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Set<String> ordered(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }
}
