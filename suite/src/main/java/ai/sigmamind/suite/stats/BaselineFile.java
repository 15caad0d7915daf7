package ai.sigmamind.suite.stats;

import ai.sigmamind.suite.internal.HandWrittenYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads and writes a {@link Baseline} as YAML meant for code review: one block per test case,
 * transcripts as literal blocks, fields in a fixed order so a re-recording diffs line by line.
 * Unknown fields are ignored when reading, so an older reader accepts a newer writer's additions.
 *
 * <pre>{@code
 * BaselineFile.write(Path.of("suites/demo-agent.baseline.yaml"), Baseline.record(run));
 * Baseline baseline = BaselineFile.read(Path.of("suites/demo-agent.baseline.yaml"));
 * }</pre>
 *
 * <p>The file:
 * <pre>
 * format: 1
 * suite: demo-agent
 * cases:
 * - label: Refund request
 *   attempts: 20
 *   passes: 18
 *   batchId: batch_MkRwvU2YdJYBWkmF
 *   recordedAt: '2026-12-01T10:15:30Z'
 *   passing:
 *     attempt: 1
 *     remarks: The agent found the order and confirmed the refund.
 *     transcript: |-
 *       user: My blender arrived cracked.
 *       agent: I'm sorry to hear that ...
 *   failing:
 *     ...
 * </pre>
 */
public final class BaselineFile {
  /** The format this class writes; a file with a higher one is refused rather than misread. */
  public static final int FORMAT = 1;

  private BaselineFile() {
  }

  /**
   * The baseline in {@code file}.
   *
   * @param file a baseline YAML file written by {@link #write} or by hand
   * @return the baseline, cases in file order
   * @throws BaselineFormatException if the file is not a baseline this version can read; the
   *     message names the file and line
   * @throws IOException if the file cannot be read
   */
  public static Baseline read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BaselineFormatException(file + ": baseline file is not UTF-8 text", e);
    }
    return new Reader(file).baseline(parse(file, text));
  }

  /**
   * Writes {@code baseline} to {@code file}, replacing it.
   *
   * @param file where to write; created if missing, its parent directory must exist
   * @param baseline the baseline to write, in format {@value #FORMAT}
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, Baseline baseline) throws IOException {
    Files.writeString(file, toYaml(baseline), StandardCharsets.UTF_8);
  }

  /** The YAML text of {@code baseline}. */
  static String toYaml(Baseline baseline) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("suite", baseline.suite());
    List<Object> cases = new ArrayList<>();
    for (BaselineCase recorded : baseline.cases()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("label", recorded.label());
      entry.put("attempts", recorded.result().attempts());
      entry.put("passes", recorded.result().passes());
      entry.put("batchId", recorded.batchId());
      entry.put("recordedAt", recorded.recordedAt().toString());
      if (recorded.passing() != null) {
        entry.put("passing", excerpt(recorded.passing()));
      }
      if (recorded.failing() != null) {
        entry.put("failing", excerpt(recorded.failing()));
      }
      cases.add(entry);
    }
    root.put("cases", cases);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setWidth(120);
    options.setSplitLines(false);
    return "# Recorded pass rates of a SigmaMind suite, the reference its gate compares new runs with.\n"
        + new Yaml(new LiteralBlocks(options), options).dump(root);
  }

  private static Map<String, Object> excerpt(TranscriptExcerpt excerpt) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("attempt", excerpt.attempt());
    entry.put("remarks", excerpt.remarks());
    entry.put("transcript", excerpt.transcript());
    return entry;
  }

  /** Multi-line text as a literal block, so a transcript reads (and diffs) as it was. */
  private static final class LiteralBlocks extends Representer {
    LiteralBlocks(DumperOptions options) {
      super(options);
      Represent plain = representers.get(String.class);
      representers.put(String.class, data -> ((String) data).indexOf('\n') >= 0
          ? representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.LITERAL)
          : plain.representData(data));
    }
  }

  private static Node parse(Path file, String text) throws BaselineFormatException {
    Node root;
    try {
      root = HandWrittenYaml.parse(file, text);
    } catch (HandWrittenYaml.SyntaxException e) {
      throw new BaselineFormatException(e.getMessage(), e);
    }
    if (root == null) {
      throw new BaselineFormatException(file + ": baseline file is empty");
    }
    return root;
  }

  /** Walks the composed YAML, checking each field and naming the line of anything wrong. */
  private static final class Reader {
    private final Path file;

    Reader(Path file) {
      this.file = file;
    }

    Baseline baseline(Node root) throws BaselineFormatException {
      Map<String, Node> fields = mapping(root, "the baseline");
      int format = integer(fields, root, "format", "the baseline");
      if (format != FORMAT) {
        throw error(fields.get("format"), "format " + format + " is not one this version reads (" + FORMAT + ")");
      }
      String suite = text(fields, root, "suite", "the baseline");
      Node casesNode = required(fields, root, "cases", "the baseline");
      if (!(casesNode instanceof SequenceNode sequence)) {
        throw error(casesNode, "'cases' must be a list");
      }
      List<BaselineCase> cases = new ArrayList<>();
      for (Node caseNode : sequence.getValue()) {
        cases.add(baselineCase(caseNode));
      }
      try {
        return new Baseline(suite, cases);
      } catch (IllegalArgumentException e) {
        throw error(root, e.getMessage());
      }
    }

    private BaselineCase baselineCase(Node node) throws BaselineFormatException {
      Map<String, Node> fields = mapping(node, "a case");
      String label = text(fields, node, "label", "a case");
      String where = "case '" + label + "'";
      int attempts = integer(fields, node, "attempts", where);
      int passes = integer(fields, node, "passes", where);
      if (attempts < 0 || passes < 0 || passes > attempts) {
        throw error(fields.get("passes"), where + ": passes (" + passes + ") must be from 0 to attempts (" + attempts + ")");
      }
      String batchId = text(fields, node, "batchId", where);
      Node dateNode = required(fields, node, "recordedAt", where);
      Instant recordedAt;
      try {
        recordedAt = Instant.parse(scalar(dateNode, "recordedAt", where));
      } catch (DateTimeParseException e) {
        throw error(dateNode, where + ": 'recordedAt' must be an ISO-8601 instant such as 2026-12-01T10:15:30Z");
      }
      try {
        return new BaselineCase(label, PassRate.of(passes, attempts), batchId, recordedAt,
            excerpt(fields.get("passing"), where), excerpt(fields.get("failing"), where));
      } catch (IllegalArgumentException e) {
        throw error(node, e.getMessage());
      }
    }

    private @Nullable TranscriptExcerpt excerpt(@Nullable Node node, String where) throws BaselineFormatException {
      if (node == null) {
        return null;
      }
      Map<String, Node> fields = mapping(node, where + " excerpt");
      int attempt = integer(fields, node, "attempt", where);
      try {
        return new TranscriptExcerpt(attempt, optionalText(fields, "remarks", where), optionalText(fields, "transcript", where));
      } catch (IllegalArgumentException e) {
        throw error(node, where + ": " + e.getMessage());
      }
    }

    private Map<String, Node> mapping(Node node, String what) throws BaselineFormatException {
      if (!(node instanceof MappingNode mapping)) {
        throw error(node, what + " must be a mapping of fields");
      }
      Map<String, Node> fields = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          fields.put(key.getValue(), tuple.getValueNode());
        }
      }
      return fields;
    }

    private Node required(Map<String, Node> fields, Node parent, String name, String where) throws BaselineFormatException {
      Node node = fields.get(name);
      if (node == null) {
        throw error(parent, where + ": '" + name + "' is missing");
      }
      return node;
    }

    private String text(Map<String, Node> fields, Node parent, String name, String where) throws BaselineFormatException {
      return scalar(required(fields, parent, name, where), name, where);
    }

    private String optionalText(Map<String, Node> fields, String name, String where) throws BaselineFormatException {
      Node node = fields.get(name);
      return node == null ? "" : scalar(node, name, where);
    }

    private int integer(Map<String, Node> fields, Node parent, String name, String where) throws BaselineFormatException {
      Node node = required(fields, parent, name, where);
      String value = scalar(node, name, where);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw error(node, where + ": '" + name + "' must be a whole number, found '" + value + "'");
      }
    }

    private String scalar(Node node, String name, String where) throws BaselineFormatException {
      if (!(node instanceof ScalarNode scalar)) {
        throw error(node, where + ": '" + name + "' must be a single value");
      }
      return scalar.getValue();
    }

    private BaselineFormatException error(@Nullable Node node, String message) {
      String line = node == null ? "" : (node.getStartMark().getLine() + 1) + ":";
      return new BaselineFormatException(file + ":" + line + " " + message);
    }
  }
}
