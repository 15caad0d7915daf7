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
 *   <li>Every {@code description} (and operation {@code summary}) is Markdown written for humans;
 *       Javadoc is HTML in which {@code <}, {@code &}, {@code @} and a backslash mean something. Its
 *       Javadoc form goes beside it as {@code x-javadoc} (a list of lines: escaped, code spans as
 *       {@code {@code}}, paragraphs as {@code <p>}) and {@code x-javadoc-summary}, so the templates
 *       print each line behind their own comment prefix and the original text stays untouched.
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
    addJavadoc(spec);
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

  /** Adds {@code x-javadoc} beside every text {@code description}, in the whole tree. */
  private static void addJavadoc(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("description").isTextual()) {
        ArrayNode lines = object.putArray("x-javadoc");
        javadocLines(object.get("description").asText()).forEach(lines::add);
      }
      if (object.path("summary").isTextual()) {
        object.put("x-javadoc-summary", String.join(" ", javadocLines(object.get("summary").asText())));
      }
    }
    for (JsonNode child : node) {
      addJavadoc(child);
    }
  }

  /**
   * Markdown as Javadoc lines, keeping the author's line breaks: paragraphs after the first open
   * with {@code <p>}, {@code *}/{@code -} list items become {@code <li>}, {@code `code`} becomes
   * {@code {@code code}} (or {@code <code>} when it holds braces), {@code **bold**} becomes
   * {@code <b>}; everything else is escaped so no character can end the comment, start a tag,
   * open an HTML element or form a {@code \\u} escape.
   */
  static List<String> javadocLines(String markdown) {
    List<String> out = new ArrayList<>();
    for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
      List<String> lines = inline(paragraph.strip()).lines().map(String::strip).toList();
      if (lines.get(0).matches("[*-] .*")) {
        out.add("<ul>");
        lines.forEach(line -> out.add(line.matches("[*-] .*") ? "<li>" + line.substring(2) : line));
        out.add("</ul>");
      } else {
        out.add((out.isEmpty() ? "" : "<p>") + lines.get(0));
        out.addAll(lines.subList(1, lines.size()));
      }
    }
    return out;
  }

  /** Escapes one paragraph and turns its code spans and bold text into HTML. */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      String part = code ? parts[i] : (i % 2 == 1 ? "`" : "") + parts[i];
      if (!code) {
        out.append(escape(part).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"));
      } else if (part.matches("[^{}\\\\]*") && !part.contains("*/")) {
        out.append("{@code ").append(part).append('}');
      } else {
        out.append("<code>").append(escape(part)).append("</code>");
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("\\", "&#92;").replace("*/", "*&#47;");
  }
}
