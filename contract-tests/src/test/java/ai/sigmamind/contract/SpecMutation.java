package ai.sigmamind.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A deliberate change to a copy of the spec, applied to its parsed tree so it does not depend on
 * the file's formatting. Throws if the part it changes is not there, so a test built on it cannot
 * silently test an unchanged spec.
 *
 * @param name what the change does
 * @param culprit the word a report about the change must name
 */
record SpecMutation(String name, String culprit, Consumer<ObjectNode> change) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Renames a property of a component schema, keeping its definition. */
  static SpecMutation renameProperty(String schema, String property, String newName) {
    return new SpecMutation("rename " + schema + "." + property + " to " + newName, property, spec -> {
      ObjectNode properties = properties(spec, schema);
      JsonNode definition = require(properties.remove(property), schema + "." + property);
      properties.set(newName, definition);
    });
  }

  static SpecMutation removeProperty(String schema, String property) {
    return new SpecMutation("remove " + schema + "." + property, property,
        spec -> require(properties(spec, schema).remove(property), schema + "." + property));
  }

  /** Makes an optional property of a component schema required. */
  static SpecMutation requireProperty(String schema, String property) {
    return new SpecMutation("make " + schema + "." + property + " required", property, spec -> {
      require(properties(spec, schema).get(property), schema + "." + property);
      ObjectNode definition = (ObjectNode) spec.path("components").path("schemas").path(schema);
      definition.withArray("required").add(property);
    });
  }

  /** Changes the type of a property of a component schema, dropping its format. */
  static SpecMutation retypeProperty(String schema, String property, String type) {
    return new SpecMutation("change " + schema + "." + property + " to a " + type, property, spec -> {
      ObjectNode definition = (ObjectNode) require(properties(spec, schema).get(property), schema + "." + property);
      definition.put("type", type);
      definition.remove("format");
      definition.remove("minimum");
    });
  }

  /** Makes an optional shared parameter ({@code components.parameters}) required. */
  static SpecMutation requireParameter(String component, String name) {
    return new SpecMutation("make the " + name + " parameter required", name, spec -> {
      ObjectNode definition = (ObjectNode) require(spec.path("components").path("parameters").get(component), component);
      definition.put("required", true);
    });
  }

  /** Breaking changes to what the pact records: each fails the gate and the pact's validation. */
  static List<SpecMutation> breakingThePact() {
    return List.of(
        renameProperty("TestRun", "isSuccesful", "isSuccessful"),
        removeProperty("TestCase", "llmModel"),
        retypeProperty("TestCase", "attempt", "string"),
        requireProperty("CreateTestCaseRequest", "label"));
  }

  /** Writes the changed copy of {@code spec} into {@code directory}. */
  Path applyTo(Path spec, Path directory) {
    try {
      ObjectNode tree = (ObjectNode) YAML.readTree(spec.toFile());
      change.accept(tree);
      Path changed = directory.resolve("sigmamind-" + name.replaceAll("\\W+", "-") + ".yaml");
      YAML.writeValue(changed.toFile(), tree);
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a changed copy of " + spec, e);
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private static ObjectNode properties(ObjectNode spec, String schema) {
    JsonNode properties = spec.path("components").path("schemas").path(schema).path("properties");
    if (!(properties instanceof ObjectNode object)) {
      throw new IllegalStateException("The spec has no schema " + schema + " with properties");
    }
    return object;
  }

  private static JsonNode require(JsonNode node, String what) {
    if (node == null || node.isMissingNode()) {
      throw new IllegalStateException("The spec has no " + what + " to change");
    }
    return node;
  }
}
