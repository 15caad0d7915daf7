import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives the spec the template overlay generates from, run by the build with the JDK's
 * source-file launcher before OpenAPI Generator:
 * {@code java -cp <jackson> OverlaySpec.java sigmamind.yaml target/overlay-spec.yaml}.
 *
 * <p>The published spec is written for stock generators, which must see plain types; our overlay
 * wants more from the same declarations:
 * <ul>
 *   <li>An open enumeration is a plain {@code type: string} with its known values in
 *       {@code x-extensible-enum} (stock clients keep any string). Here the values become the
 *       schema's {@code enum}, which the overlay turns into a class with constants that keeps
 *       unknown values ({@code modelExtensibleEnum.mustache}).
 *   <li>A property marked {@code x-alternate-name-of: <canonical>} is another generation's
 *       spelling of the canonical property (stock clients get a field for each spelling). Here it
 *       is folded into the canonical property's {@code x-alternate-names}: one accessor that reads
 *       both spellings and writes the canonical one.
 * </ul>
 */
public final class OverlaySpec {
  private OverlaySpec() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("Usage: OverlaySpec <spec.yaml> <overlay-spec.yaml>");
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode spec = yaml.readTree(Path.of(args[0]).toFile());
    for (Map.Entry<String, JsonNode> schema : spec.path("components").path("schemas").properties()) {
      ObjectNode definition = (ObjectNode) schema.getValue();
      openEnumeration(definition);
      foldAlternateNames(schema.getKey(), definition);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    yaml.writeValue(out.toFile(), spec);
  }

  private static void openEnumeration(ObjectNode schema) {
    JsonNode values = schema.get("x-extensible-enum");
    if (values == null) {
      return;
    }
    if (!values.isArray() || values.isEmpty() || schema.has("enum")) {
      throw new IllegalArgumentException("x-extensible-enum must be a non-empty list of the known values, "
          + "on a string schema without enum: " + schema);
    }
    schema.set("enum", values.deepCopy());
  }

  private static void foldAlternateNames(String schemaName, ObjectNode schema) {
    if (!(schema.get("properties") instanceof ObjectNode properties)) {
      return;
    }
    List<String> alternates = new ArrayList<>();
    properties.properties().forEach(property -> {
      if (property.getValue().has("x-alternate-name-of")) {
        alternates.add(property.getKey());
      }
    });
    for (String alternate : alternates) {
      String canonical = properties.get(alternate).get("x-alternate-name-of").asText();
      if (!(properties.get(canonical) instanceof ObjectNode target) || target.has("x-alternate-name-of")) {
        throw new IllegalArgumentException(schemaName + "." + alternate + ": x-alternate-name-of names no canonical property '"
            + canonical + "'");
      }
      ((ArrayNode) (target.has("x-alternate-names") ? target.get("x-alternate-names") : target.putArray("x-alternate-names")))
          .add(alternate);
      properties.remove(alternate);
    }
  }
}
