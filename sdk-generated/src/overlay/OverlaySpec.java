import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *   <li>sdk-core generates its operation layer (the {@code Raw*} handles and the unwrapped
 *       operations) from this spec too; {@link #addHandleShapes} writes down, per operation, how
 *       its parameters appear in the SDK's handles ({@code x-sdk-*}), so the templates stay
 *       free of rules.
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
    for (JsonNode definition : spec.path("components").path("schemas")) {
      markNameValueLists(spec, definition);
    }
    addJavadoc(spec);
    addHandleShapes(spec);
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

  /**
   * The shape of every operation in the SDK's handles. An operation is a method of its tag's
   * handle ({@code TestCases}, {@code BatchRuns}, {@code TestRuns}) named by its operationId less
   * the tag's noun ({@code x-sdk-method}: {@code createTestCase} is {@code create}). A handle
   * carries the ids it was made with: {@code agentId} always, and a required query parameter
   * every operation of the tag has ({@code batchId} for test runs); those are filled from the
   * handle ({@code x-sdk-hidden}). A {@code page} and {@code size} pair is one {@code PageRequest};
   * a page envelope (required {@code hasNext}, items in {@code data}) is unwrapped to a {@code
   * Page} of its items ({@code x-sdk-page-item}); a path parameter is percent-encoded; a request
   * body naming an {@code agentId} must name the handle's. {@code x-sdk-argument} is the Java
   * expression the generated code passes to the Retrofit method for the parameter.
   */
  static void addHandleShapes(JsonNode spec) {
    Map<String, List<ObjectNode>> operationsByTag = new LinkedHashMap<>();
    for (JsonNode pathItem : spec.path("paths")) {
      for (Map.Entry<String, JsonNode> entry : pathItem.properties()) {
        if (HTTP_METHODS.contains(entry.getKey())) {
          ObjectNode operation = (ObjectNode) entry.getValue();
          operation.set("parameters", resolvedParameters(spec, operation));
          operationsByTag.computeIfAbsent(operation.path("tags").path(0).asText(), tag -> new ArrayList<>()).add(operation);
        }
      }
    }
    operationsByTag.forEach((tag, operations) -> {
      Set<String> fromHandle = new HashSet<>(Set.of("agentId"));
      Set<String> common = null;
      for (ObjectNode operation : operations) {
        Set<String> required = new HashSet<>();
        operation.path("parameters").forEach(parameter -> {
          if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
            required.add(parameter.path("name").asText());
          }
        });
        if (common == null) {
          common = required;
        } else {
          common.retainAll(required);
        }
      }
      fromHandle.addAll(common);
      for (ObjectNode operation : operations) {
        addHandleShape(spec, tag, operation, fromHandle);
      }
    });
  }

  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private static void addHandleShape(JsonNode spec, String tag, ObjectNode operation, Set<String> fromHandle) {
    String operationId = operation.path("operationId").asText();
    operation.put("x-sdk-method", methodName(operationId, tag));
    boolean paged = false;
    for (JsonNode node : operation.path("parameters")) {
      paged |= node.path("name").asText().equals("size") && node.path("in").asText().equals("query");
    }
    List<String> parameters = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    for (JsonNode node : operation.path("parameters")) {
      ObjectNode parameter = (ObjectNode) node;
      String name = parameter.path("name").asText();
      boolean query = parameter.path("in").asText().equals("query");
      if (query && fromHandle.contains(name)) {
        parameter.put("x-sdk-hidden", true).put("x-sdk-argument", name);
      } else if (query && paged && name.equals("page")) {
        parameter.put("x-sdk-name", "page").put("x-sdk-type", "PageRequest")
            .put("x-sdk-argument", "Objects.requireNonNull(page, \"page\").page()");
      } else if (query && paged && name.equals("size")) {
        parameter.put("x-sdk-hidden", true).put("x-sdk-argument", "page.size()");
      } else if (parameter.path("in").asText().equals("path")) {
        parameter.put("x-sdk-name", name).put("x-sdk-argument", "Ids.pathSegment(" + name + ", \"" + name + "\")");
      } else {
        parameter.put("x-sdk-name", name).put("x-sdk-argument", name);
      }
      if (!parameter.has("x-sdk-hidden")) {
        String type = parameter.has("x-sdk-type") ? parameter.get("x-sdk-type").asText() : javaType(spec, parameter.path("schema"));
        parameters.add(type + " " + parameter.get("x-sdk-name").asText());
        arguments.add(parameter.get("x-sdk-name").asText());
      }
    }
    if (operation.get("requestBody") instanceof ObjectNode body) {
      JsonNode schemaRef = body.path("content").path("application/json").path("schema");
      body.put("x-sdk-name", "request").put("x-sdk-argument", schema(spec, schemaRef).path("properties").has("agentId")
          ? "ofThisAgent(request, Objects.requireNonNull(request, \"request\").agentId())"
          : "Objects.requireNonNull(request, \"request\")");
      parameters.add(javaType(spec, schemaRef) + " request");
      arguments.add("request");
    }
    operation.put("x-sdk-parameters", String.join(", ", parameters))
        .put("x-sdk-arguments", String.join(", ", arguments))
        .put("x-sdk-parameters-then", parameters.isEmpty() ? "" : String.join(", ", parameters) + ", ")
        .put("x-sdk-arguments-then", arguments.isEmpty() ? "" : String.join(", ", arguments) + ", ");
    for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
      JsonNode schema = schema(spec, response.getValue().path("content").path("application/json").path("schema"));
      if (response.getKey().startsWith("2") && schema.path("required").toString().contains("\"hasNext\"")) {
        String item = schema.path("properties").path("data").path("items").path("$ref").asText();
        operation.put("x-sdk-page-item", item.substring(item.lastIndexOf('/') + 1));
      }
    }
  }

  /** {@code createTestCase} of tag {@code TestCases} is {@code create}; {@code listTestCases} is {@code list}. */
  static String methodName(String operationId, String tag) {
    for (String noun : List.of(tag, tag.replaceFirst("s$", ""))) {
      if (operationId.endsWith(noun) && operationId.length() > noun.length()) {
        return operationId.substring(0, operationId.length() - noun.length());
      }
    }
    return operationId;
  }

  /** The Java type of a parameter's or body's schema, as the generated Retrofit interfaces declare it. */
  private static String javaType(JsonNode spec, JsonNode schema) {
    String ref = schema.path("$ref").asText();
    if (!ref.isEmpty()) {
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    return switch (schema.path("type").asText() + "/" + schema.path("format").asText()) {
      case "string/" -> "String";
      case "integer/int32", "integer/" -> "Integer";
      case "integer/int64" -> "Long";
      case "boolean/" -> "Boolean";
      case "array/" -> "List<" + javaType(spec, schema.path("items")) + ">";
      default -> throw new IllegalArgumentException("no Java type for the parameter schema " + schema);
    };
  }

  /** The operation's parameters with every {@code $ref} replaced by a copy of what it names. */
  private static ArrayNode resolvedParameters(JsonNode spec, ObjectNode operation) {
    ArrayNode resolved = operation.arrayNode();
    for (JsonNode parameter : operation.path("parameters")) {
      resolved.add(schema(spec, parameter).deepCopy());
    }
    return resolved;
  }

  /** What a local {@code $ref} names, or the node itself. */
  private static JsonNode schema(JsonNode spec, JsonNode node) {
    JsonNode target = node;
    while (target.has("$ref")) {
      target = spec.at(target.get("$ref").asText().substring(1));
    }
    return target;
  }

  /**
   * Marks a list of name/value pairs (items with exactly two properties, both required strings,
   * like {@code MockDataVariable}'s {@code variableName} and {@code value}): the builders also take
   * it as a {@code Map} ({@code x-map-item}, {@code x-map-key}, {@code x-map-value}).
   */
  private static void markNameValueLists(JsonNode spec, JsonNode schema) {
    for (JsonNode property : schema.path("properties")) {
      String ref = property.path("items").path("$ref").asText();
      if (!property.path("type").asText().equals("array") || ref.isEmpty()) {
        continue;
      }
      JsonNode item = schema(spec, property.get("items"));
      List<String> names = new ArrayList<>();
      item.path("properties").properties().forEach(entry -> {
        if (entry.getValue().path("type").asText().equals("string") && !entry.getValue().has("enum")) {
          names.add(entry.getKey());
        }
      });
      if (names.size() == 2 && item.path("properties").size() == 2 && item.path("required").size() == 2) {
        ((ObjectNode) property).put("x-map-item", ref.substring(ref.lastIndexOf('/') + 1))
            .put("x-map-key", names.get(0)).put("x-map-value", names.get(1));
      }
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
