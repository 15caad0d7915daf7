package ai.sigmamind.suite;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read with the checks a hand-written file needs: unknown and
 * duplicate keys, missing fields and wrong types each add a problem to {@link Problems} naming the
 * file, the line, the mapping ({@code test case 'Refund request'}) and the field, and what was
 * expected. Nothing throws: a field with a problem reads as absent, so that reading goes on and
 * every problem of the file is reported at once.
 *
 * <pre>{@code
 * YamlFields fields = YamlFields.of(file, node, "test case #1", Set.of("label", "attempt"), problems);
 * long attempt = fields.positiveInteger("attempt", 1);
 * }</pre>
 *
 * @param file the file, for messages
 * @param node the mapping, or whatever stands where one was expected
 * @param context what the mapping is, for messages ({@code test case 'Refund request'})
 * @param values the fields by key, each once
 * @param badKeys unknown or repeated keys and what is wrong with each; reported by {@link #checked()}
 * @param mapping false when the node is not a mapping: that is its one problem, so no field is reported missing
 * @param problems where problems are added
 */
record YamlFields(Path file, Node node, String context, Map<String, Node> values,
    List<Map.Entry<Node, String>> badKeys, boolean mapping, Problems problems) {

  /**
   * The fields of {@code node}, which must be a mapping (else that is reported and no field is
   * read). Keys outside {@code allowed}, or given twice, are reported by {@link #checked()}, so
   * that the message can name the test case first.
   *
   * @param context what the mapping is, for messages ({@code test case #2}); empty for the top level
   */
  static YamlFields of(Path file, Node node, String context, Set<String> allowed, Problems problems) {
    Map<String, Node> values = new LinkedHashMap<>();
    List<Map.Entry<Node, String>> badKeys = new ArrayList<>();
    if (!(node instanceof MappingNode mapping)) {
      report(problems, file, node, context, "expected a mapping of " + String.join(", ", allowed) + ", found " + kind(node));
      return new YamlFields(file, node, context, values, badKeys, false, problems);
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = key(file, tuple.getKeyNode(), context, problems);
      if (key == null) {
        continue;
      }
      String problem = !allowed.contains(key)
          ? "unknown field '" + key + "' (expected one of " + String.join(", ", allowed) + ")"
          : values.containsKey(key) ? "field '" + key + "' is given twice" : null;
      if (problem == null) {
        values.put(key, tuple.getValueNode());
      } else {
        badKeys.add(Map.entry(tuple.getKeyNode(), problem));
      }
    }
    return new YamlFields(file, node, context, values, badKeys, true, problems);
  }

  /** The same fields, described differently in messages (once the test case's label is known). */
  YamlFields in(String newContext) {
    return new YamlFields(file, node, newContext, values, badKeys, mapping, problems);
  }

  /** These fields, after reporting every unknown or repeated key. */
  YamlFields checked() {
    badKeys.forEach(bad -> problem(bad.getKey(), bad.getValue()));
    return this;
  }

  /** A required, non-blank scalar, stripped of surrounding whitespace; null (reported) when missing or invalid. */
  @Nullable String text(String field) {
    if (mapping && !values.containsKey(field)) {
      problem(node, "missing required field '" + field + "'");
    }
    return optionalText(field);
  }

  /** An optional scalar; null when absent, blank when present is a problem. */
  @Nullable String optionalText(String field) {
    Node value = values.get(field);
    if (value == null) {
      return null;
    }
    String text = scalar(value, field, "text");
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      problem(value, "'" + field + "' must not be empty");
      return null;
    }
    return text.strip();
  }

  /** An optional integer of at least 1, {@code absent} when the field is missing or invalid. */
  long positiveInteger(String field, long absent) {
    Node value = values.get(field);
    if (value == null) {
      return absent;
    }
    if (value instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
      try {
        BigInteger number = new BigInteger(scalar.getValue().replace("_", ""));
        if (number.signum() > 0 && number.bitLength() <= 63) {
          return number.longValueExact();
        }
      } catch (NumberFormatException e) {
        // reported below, as any other value that is not a positive integer
      }
    }
    problem(value, "'" + field + "' must be a positive integer, found " + describe(value));
    return absent;
  }

  /** An optional mapping of names to scalar values, in file order; empty when absent. */
  Map<String, String> textMap(String field) {
    Node value = values.get(field);
    Map<String, String> map = new LinkedHashMap<>();
    if (value == null) {
      return map;
    }
    if (!(value instanceof MappingNode entries)) {
      problem(value, "'" + field + "' must be a mapping of variable names to values, found " + describe(value));
      return map;
    }
    for (NodeTuple tuple : entries.getValue()) {
      String name = key(file, tuple.getKeyNode(), context, problems);
      if (name == null) {
        continue;
      }
      if (map.containsKey(name)) {
        problem(tuple.getKeyNode(), "'" + field + "' names '" + name + "' twice");
        continue;
      }
      String text = scalar(tuple.getValueNode(), field + "." + name, "a value");
      if (text != null) {
        map.put(name, text);
      }
    }
    return map;
  }

  /** A required, non-empty sequence; empty (reported) when missing or not a list. */
  List<Node> sequence(String field) {
    Node value = values.get(field);
    if (value == null) {
      if (mapping) {
        problem(node, "missing required field '" + field + "'");
      }
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      problem(value, "'" + field + "' must be a list, found " + describe(value));
      return List.of();
    }
    if (sequence.getValue().isEmpty()) {
      problem(value, "'" + field + "' must not be empty");
    }
    return sequence.getValue();
  }

  /** Adds a problem at {@code at}, in this mapping's context. */
  void problem(Node at, String message) {
    report(problems, file, at, context, message);
  }

  /** The line, from 1, where {@code node} starts. */
  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private @Nullable String scalar(Node value, String field, String expected) {
    if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
      problem(value, "'" + field + "' must be " + expected + ", found " + describe(value));
      return null;
    }
    return scalar.getValue();
  }

  private static @Nullable String key(Path file, Node key, String context, Problems problems) {
    if (!(key instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
      report(problems, file, key, context, "expected a field name, found " + kind(key));
      return null;
    }
    return scalar.getValue();
  }

  private static void report(Problems problems, Path file, Node at, String context, String message) {
    problems.add(line(at), file + ":" + line(at) + ": " + (context.isEmpty() ? "" : context + ": ") + message);
  }

  private static String describe(Node value) {
    if (value instanceof ScalarNode scalar) {
      return Tag.NULL.equals(scalar.getTag()) ? "nothing" : "'" + scalar.getValue() + "'";
    }
    return kind(value);
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return describe(node);
  }
}
