package ai.sigmamind.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A pact file read as plain JSON, for checks that look at the contract itself rather than through Pact. */
final class PactJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private PactJson() {
  }

  static JsonNode read(Path pact) {
    try {
      return MAPPER.readTree(pact.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the pact " + pact, e);
    }
  }

  static List<JsonNode> interactions(JsonNode pact) {
    List<JsonNode> interactions = new ArrayList<>();
    pact.path("interactions").forEach(interactions::add);
    return interactions;
  }

  /** Descriptions of the interactions whose expected response body has {@code field} at its top level or in a page's items. */
  static List<String> descriptionsOfResponsesWith(JsonNode pact, String field) {
    return interactions(pact).stream()
        .filter(interaction -> {
          JsonNode body = interaction.path("response").path("body").path("content");
          return body.has(field) || firstItemHas(body.path("data"), field);
        })
        .map(interaction -> interaction.path("description").asText())
        .toList();
  }

  private static boolean firstItemHas(JsonNode items, String field) {
    return items.isArray() && !items.isEmpty() && items.get(0).has(field);
  }
}
