package ai.sigmamind.suite;

import java.math.BigInteger;
import java.nio.file.Path;
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
 * duplicate keys, missing fields and wrong types are each a {@link UsageException} naming the
 * file, the line, the mapping ({@code test case 'Refund request'}) and the field.
 *
 * <pre>{@code
 * YamlFields fields = YamlFields.of(file, node, "test case #1", Set.of("label", "attempt"));
 * long attempt = fields.positiveInteger("attempt", 1);
 * }</pre>
 */
final class YamlFields {
  private final Path file;
  private final Node node;
  private final String context;
  private final Map<String, Node> values;
  /** The first unknown or repeated key and what is wrong with it; reported by {@link #checked()}. */
  private final Map.@Nullable Entry<Node, String> badKey;

  private YamlFields(Path file, Node node, String context, Map<String, Node> values,
      Map.@Nullable Entry<Node, String> badKey) {
    this.file = file;
    this.node = node;
    this.context = context;
    this.values = values;
    this.badKey = badKey;
  }

  /**
   * The fields of {@code node}, which must be a mapping. Keys outside {@code allowed}, or given
   * twice, are reported by {@link #checked()}, so that the message can name the test case first.
   *
   * @param context what the mapping is, for messages ({@code test case #2}); empty for the top level
   */
  static YamlFields of(Path file, Node node, String context, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(file, node, context, "expected a mapping of " + String.join(", ", allowed) + ", found " + kind(node));
    }
    Map<String, Node> values = new LinkedHashMap<>();
    Map.Entry<Node, String> badKey = null;
    for (NodeTuple tuple : mapping.getValue()) {
      String key = key(file, tuple.getKeyNode(), context);
      String problem = !allowed.contains(key)
          ? "unknown field '" + key + "' (expected one of " + String.join(", ", allowed) + ")"
          : values.containsKey(key) ? "field '" + key + "' is given twice" : null;
      if (problem == null) {
        values.put(key, tuple.getValueNode());
      } else if (badKey == null) {
        badKey = Map.entry(tuple.getKeyNode(), problem);
      }
    }
    return new YamlFields(file, node, context, values, badKey);
  }

  /** The same fields, described differently in messages (once the test case's label is known). */
  YamlFields in(String newContext) {
    return new YamlFields(file, node, newContext, values, badKey);
  }

  /** These fields, if every key is known and given once. */
  YamlFields checked() {
    if (badKey != null) {
      throw error(badKey.getKey(), badKey.getValue());
    }
    return this;
  }

  /** A required, non-blank scalar, stripped of surrounding whitespace. */
  String text(String field) {
    String value = optionalText(field);
    if (value == null) {
      throw error(node, "missing required field '" + field + "'");
    }
    return value;
  }

  /** An optional scalar; null when absent, blank when present is an error. */
  @Nullable String optionalText(String field) {
    Node value = values.get(field);
    if (value == null) {
      return null;
    }
    String text = scalar(value, field, "text").strip();
    if (text.isEmpty()) {
      throw error(value, "'" + field + "' must not be empty");
    }
    return text;
  }

  /** An optional integer of at least 1, {@code absent} when the field is missing. */
  long positiveInteger(String field, long absent) {
    Node value = values.get(field);
    if (value == null) {
      return absent;
    }
    String message = "'" + field + "' must be a positive integer";
    if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
      throw error(value, message + ", found " + describe(value));
    }
    BigInteger number;
    try {
      number = new BigInteger(scalar.getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      throw error(value, message + ", found " + describe(value));
    }
    if (number.signum() <= 0 || number.bitLength() > 63) {
      throw error(value, message + ", found " + describe(value));
    }
    return number.longValueExact();
  }

  /** An optional mapping of names to scalar values, in file order; empty when absent. */
  Map<String, String> textMap(String field) {
    Node value = values.get(field);
    Map<String, String> map = new LinkedHashMap<>();
    if (value == null) {
      return map;
    }
    if (!(value instanceof MappingNode mapping)) {
      throw error(value, "'" + field + "' must be a mapping of variable names to values, found " + describe(value));
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String name = key(file, tuple.getKeyNode(), context);
      if (map.containsKey(name)) {
        throw error(tuple.getKeyNode(), "'" + field + "' names '" + name + "' twice");
      }
      map.put(name, scalar(tuple.getValueNode(), field + "." + name, "a value"));
    }
    return map;
  }

  /** A required, non-empty sequence. */
  List<Node> sequence(String field) {
    Node value = values.get(field);
    if (value == null) {
      throw error(node, "missing required field '" + field + "'");
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw error(value, "'" + field + "' must be a list, found " + describe(value));
    }
    if (sequence.getValue().isEmpty()) {
      throw error(value, "'" + field + "' must not be empty");
    }
    return sequence.getValue();
  }

  /** An error at {@code at}, in this mapping's context. */
  UsageException error(Node at, String message) {
    return error(file, at, context, message);
  }

  /** The line, from 1, where {@code node} starts. */
  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private String scalar(Node value, String field, String expected) {
    if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
      throw error(value, "'" + field + "' must be " + expected + ", found " + describe(value));
    }
    return scalar.getValue();
  }

  private static String key(Path file, Node key, String context) {
    if (!(key instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
      throw error(file, key, context, "expected a field name, found " + kind(key));
    }
    return scalar.getValue();
  }

  private static UsageException error(Path file, Node at, String context, String message) {
    return new UsageException(file + ":" + line(at) + ": " + (context.isEmpty() ? "" : context + ": ") + message);
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
