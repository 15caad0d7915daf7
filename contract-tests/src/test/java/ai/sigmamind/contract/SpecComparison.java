package ai.sigmamind.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * What changed from a released spec to a newer one, and whether clients built on the released one
 * break. openapi-diff's verdict, plus one rule it lacks: it counts removing an optional response
 * property as compatible (the property could be absent anyway), but a client that reads it, like
 * the SDK reading {@code isSuccesful}, loses the value for good, so that breaks clients too.
 */
final class SpecComparison {
  private final ChangedOpenApi diff;

  private SpecComparison(ChangedOpenApi diff) {
    this.diff = diff;
  }

  static SpecComparison of(Path released, Path current) {
    return new SpecComparison(OpenApiCompare.fromLocations(released.toUri().toString(), current.toUri().toString()));
  }

  /** Whether a client written against the released spec can break: removed or renamed fields, new required inputs... */
  boolean breaksClients() {
    return diff.isIncompatible() || !removedResponseProperties().isEmpty();
  }

  /** The changes, per operation, in openapi-diff's Markdown report, then the removed response properties. */
  String report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder report = new StringBuilder(bytes.toString(StandardCharsets.UTF_8));
    List<String> removed = removedResponseProperties();
    if (!removed.isEmpty()) {
      report.append("\n#### Response properties removed (clients that read them break)\n");
      removed.forEach(property -> report.append("* ").append(property).append('\n'));
    }
    return report.toString();
  }

  /** "GET /v1/test-runs 200: data[].isSuccesful" for every property a response lost. */
  List<String> removedResponseProperties() {
    List<String> removed = new ArrayList<>();
    for (ChangedOperation operation : diff.getChangedOperations()) {
      ChangedApiResponse responses = operation.getApiResponses();
      if (responses == null) {
        continue;
      }
      responses.getChanged().forEach((status, response) -> {
        if (response.getContent() != null) {
          response.getContent().getChanged().values().forEach(mediaType -> collectRemoved(
              operation.getHttpMethod() + " " + operation.getPathUrl() + " " + status + ": ", mediaType.getSchema(), removed));
        }
      });
    }
    return removed;
  }

  private static void collectRemoved(String prefix, @Nullable ChangedSchema schema, List<String> removed) {
    if (schema == null) {
      return;
    }
    schema.getMissingProperties().keySet().forEach(name -> removed.add(prefix + name));
    schema.getChangedProperties().forEach((name, property) -> collectRemoved(prefix + name + ".", property, removed));
    collectRemoved(prefix + "[].", schema.getItems(), removed);
  }
}
