package ai.sigmamind.suite;

import ai.sigmamind.suite.internal.HandWrittenYaml;
import java.io.IOException;
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
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads regression suites from YAML. Every problem is reported, not just the first: one
 * {@link UsageException} lists them all, one per line, each starting with {@code file:line:},
 * naming the test case and the field, and saying what was expected:
 * {@code demo-agent.yaml:12: test case 'Angry customer': 'attempt' must be a positive integer, found '0'}.
 * Only a YAML syntax error stops the reading of its file (the parser cannot go past it); the other
 * files are still read and reported.
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
  /** SnakeYAML's words for a colon where it expected none: mostly an indentation slip or an unquoted ': '. */
  static final String INDENTATION_HINT = " (hint: check the indentation: the fields of one test case must start"
      + " in the same column, under its '- label:'; a value that contains ': ' must be quoted)";

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
   * @throws UsageException if the file is missing, unreadable, not YAML or not a valid suite; the
   *     message lists every problem found, one per line
   */
  public static Suite read(Path file) {
    return readAll(List.of(file)).get(0);
  }

  /**
   * Reads suite files, reporting the problems of every file together: the one loader the CLI,
   * the JUnit engine and the Maven plugin use.
   *
   * @param files the suites' YAML files
   * @return the suites, in the order given
   * @throws UsageException if any file is missing, unreadable, not YAML or not a valid suite; the
   *     message lists every problem of every file, one per line
   */
  public static List<Suite> readAll(List<Path> files) {
    Problems problems = new Problems();
    List<Suite> suites = new ArrayList<>();
    for (Path file : files) {
      Problems fileProblems = new Problems();
      Suite suite = read(file, fileProblems);
      if (suite != null) {
        suites.add(suite);
      }
      problems.addInLineOrder(fileProblems);
    }
    problems.throwIfAny();
    return suites;
  }

  /** The suite in {@code file}; null, with its problems added, when it is not valid. */
  private static @Nullable Suite read(Path file, Problems problems) {
    Node root = parse(file, problems);
    if (root == null) {
      return null;
    }
    YamlFields fields = YamlFields.of(file, root, "", SUITE_FIELDS, problems).checked();
    String name = fields.optionalText("name");
    String agentId = fields.text("agentId");
    List<SuiteCase> testCases = new ArrayList<>();
    Map<String, Integer> labelLines = new LinkedHashMap<>();
    List<Node> caseNodes = fields.sequence("testCases");
    for (int i = 0; i < caseNodes.size(); i++) {
      SuiteCase testCase = testCase(file, caseNodes.get(i), i + 1, labelLines, problems);
      if (testCase != null) {
        testCases.add(testCase);
      }
    }
    if (problems.size() > 0 || agentId == null) {
      return null;
    }
    return new Suite(file, name != null ? name : baseName(file), agentId, testCases);
  }

  private static @Nullable SuiteCase testCase(Path file, Node node, int number, Map<String, Integer> labelLines,
      Problems problems) {
    int before = problems.size();
    YamlFields fields = YamlFields.of(file, node, "test case #" + number, CASE_FIELDS, new Problems());
    String knownLabel = fields.optionalText("label");
    YamlFields named = YamlFields.of(file, node, knownLabel == null ? "test case #" + number
        : "test case '" + knownLabel + "'", CASE_FIELDS, problems).checked();
    String label = named.text("label");
    String userPrompt = named.text("userPrompt");
    String successCriteria = named.text("successCriteria");
    long attempt = named.positiveInteger("attempt", 1);
    String llmModel = named.optionalText("llmModel");
    Map<String, String> mockData = named.textMap("mockData");
    if (label != null) {
      Integer firstLine = labelLines.putIfAbsent(label, YamlFields.line(node));
      if (firstLine != null) {
        named.problem(node, "the label is already used at line " + firstLine
            + " (labels identify test cases, so they must be unique)");
      }
    }
    if (problems.size() > before || label == null || userPrompt == null || successCriteria == null) {
      return null;
    }
    return new SuiteCase(label, userPrompt, successCriteria, attempt, llmModel, mockData, YamlFields.line(node));
  }

  private static @Nullable String readText(Path file, Problems problems) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      problems.add(file + ": suite file not found");
    } catch (CharacterCodingException e) {
      problems.add(file + ": suite file is not UTF-8 text");
    } catch (IOException e) {
      problems.add(file + ": cannot read suite file: " + e.getMessage());
    }
    return null;
  }

  /** The file's root node; null, with the problem added, when it cannot be read or parsed or is empty. */
  private static @Nullable Node parse(Path file, Problems problems) {
    String text = readText(file, problems);
    if (text == null) {
      return null;
    }
    Node root;
    try {
      root = HandWrittenYaml.parse(file, text);
    } catch (HandWrittenYaml.SyntaxException e) {
      String hint = e.problem().startsWith("mapping values are not allowed") ? INDENTATION_HINT : "";
      problems.add(e.line(), e.getMessage() + hint);
      return null;
    }
    if (root == null) {
      problems.add(file + ": suite file is empty; expected agentId and testCases");
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
