package ai.sigmamind.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What differs between two pacts once non-semantic noise is set aside: the Pact JVM version in
 * the metadata, the names of the tests that wrote an interaction, the interactions' derived
 * {@code key} hashes, the order of interactions and the order of object keys. Everything else,
 * bodies, matchers, states, statuses, headers, counts as a contract change.
 */
final class PactDrift {
  /** How many differing paths one changed interaction lists before eliding the rest. */
  private static final int PATHS_SHOWN = 12;

  private final List<String> added = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();
  private final Map<String, List<String>> changed = new LinkedHashMap<>();
  private final List<String> otherChanges = new ArrayList<>();

  private PactDrift() {
  }

  /** The differences from {@code committed} to {@code generated}. */
  static PactDrift between(JsonNode committed, JsonNode generated) {
    PactDrift drift = new PactDrift();
    JsonNode before = canonical(committed);
    JsonNode after = canonical(generated);
    Map<String, JsonNode> beforeInteractions = byIdentity(before);
    Map<String, JsonNode> afterInteractions = byIdentity(after);
    afterInteractions.keySet().stream().filter(id -> !beforeInteractions.containsKey(id)).forEach(drift.added::add);
    beforeInteractions.keySet().stream().filter(id -> !afterInteractions.containsKey(id)).forEach(drift.removed::add);
    beforeInteractions.forEach((id, interaction) -> {
      JsonNode counterpart = afterInteractions.get(id);
      if (counterpart != null && !counterpart.equals(interaction)) {
        List<String> paths = new ArrayList<>();
        differingPaths("", interaction, counterpart, paths);
        drift.changed.put(id, paths);
      }
    });
    ObjectNode beforeRest = ((ObjectNode) before.deepCopy()).without("interactions");
    ObjectNode afterRest = ((ObjectNode) after.deepCopy()).without("interactions");
    differingPaths("", beforeRest, afterRest, drift.otherChanges);
    return drift;
  }

  /**
   * The pact as it is committed: noise removed, interactions sorted by description and provider
   * states, object keys sorted, so that a refresh only shows contract changes in review.
   */
  static JsonNode canonical(JsonNode pact) {
    ObjectNode copy = pact.deepCopy();
    JsonNode metadata = copy.path("metadata");
    if (metadata instanceof ObjectNode metadataObject) {
      metadataObject.remove("pact-jvm");
      metadataObject.remove("pactJvm");
    }
    List<JsonNode> interactions = new ArrayList<>();
    copy.path("interactions").forEach(interaction -> {
      ObjectNode stripped = interaction.deepCopy();
      stripped.remove("key");
      JsonNode comments = stripped.path("comments");
      if (comments instanceof ObjectNode commentsObject) {
        commentsObject.remove("testname");
        if (commentsObject.path("text").isEmpty()) {
          commentsObject.remove("text");
        }
        if (commentsObject.isEmpty()) {
          stripped.remove("comments");
        }
      }
      interactions.add(stripped);
    });
    interactions.sort(Comparator.comparing(PactDrift::identity));
    ArrayNode sorted = copy.putArray("interactions");
    interactions.forEach(sorted::add);
    return sortKeys(copy);
  }

  /** Writes {@link #canonical} pretty-printed, one value a line with {@code \n} on every platform. */
  static String canonicalText(JsonNode pact) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    try {
      return PactJson.MAPPER.writer(printer).writeValueAsString(canonical(pact)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && otherChanges.isEmpty();
  }

  /** One line per added, removed or changed interaction, with the paths that changed. */
  String describe() {
    StringBuilder text = new StringBuilder();
    added.forEach(id -> text.append("  + added:   ").append(id).append('\n'));
    removed.forEach(id -> text.append("  - removed: ").append(id).append('\n'));
    changed.forEach((id, paths) -> {
      text.append("  ~ changed: ").append(id).append('\n');
      paths.stream().limit(PATHS_SHOWN).forEach(path -> text.append("      ").append(path).append('\n'));
      if (paths.size() > PATHS_SHOWN) {
        text.append("      ... and ").append(paths.size() - PATHS_SHOWN).append(" more\n");
      }
    });
    otherChanges.forEach(path -> text.append("  ~ pact: ").append(path).append('\n'));
    return text.toString();
  }

  /** "description" [given state; state]: how an interaction is told apart from the others. */
  private static String identity(JsonNode interaction) {
    StringBuilder id = new StringBuilder("\"").append(interaction.path("description").asText()).append('"');
    List<String> states = new ArrayList<>();
    interaction.path("providerStates").forEach(state -> states.add(state.path("name").asText()
        + (state.path("params").isEmpty() ? "" : " " + state.path("params"))));
    if (!states.isEmpty()) {
      id.append(" given ").append(String.join("; ", states));
    }
    return id.toString();
  }

  private static Map<String, JsonNode> byIdentity(JsonNode pact) {
    Map<String, JsonNode> interactions = new LinkedHashMap<>();
    pact.path("interactions").forEach(interaction -> interactions.put(identity(interaction), interaction));
    return interactions;
  }

  private static JsonNode sortKeys(JsonNode node) {
    if (node.isObject()) {
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      TreeSet<String> names = new TreeSet<>();
      node.fieldNames().forEachRemaining(names::add);
      names.forEach(name -> sorted.set(name, sortKeys(node.get(name))));
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> array.add(sortKeys(element)));
      return array;
    }
    return node;
  }

  /** Adds "path: before -> after" for every leaf that differs (a missing side shows as "(absent)"). */
  private static void differingPaths(String path, JsonNode before, JsonNode after, List<String> paths) {
    if (before.equals(after)) {
      return;
    }
    if (before.isObject() && after.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      before.fieldNames().forEachRemaining(names::add);
      after.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        differingPaths(path + "." + name, before.path(name), after.path(name), paths);
      }
    } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        differingPaths(path + "[" + i + "]", before.get(i), after.get(i), paths);
      }
    } else {
      paths.add((path.isEmpty() ? "$" : path.substring(1)) + ": " + shown(before) + " -> " + shown(after));
    }
  }

  private static String shown(JsonNode value) {
    if (value.isMissingNode()) {
      return "(absent)";
    }
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
