package ai.sigmamind.suite.probe;

import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.suite.UsageException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okio.Buffer;
import okio.BufferedSource;

/**
 * {@code --record DIR}: the last successful answer of each exercised operation, redacted, as a
 * fixture file of the form the SDK's, the sandbox's and the contract tests' fixtures take (the
 * body alone, indented by two spaces, like {@code seed-get-test-run.json}), named after the
 * operation: {@code get-test-run.json}, {@code list-batch-runs.json}... Numbers are copied as
 * they came, so a recorded {@code 5} stays {@code 5}.
 *
 * <pre>{@code
 * ProbeRecords.write(result, Path.of("observed"));   // observed/get-test-run.json, ...
 * }</pre>
 */
public final class ProbeRecords {
  private ProbeRecords() {
  }

  /**
   * Writes one file per operation that answered successfully.
   *
   * @param result the probe's result
   * @param directory created if needed
   * @return the files written, in the spec's order of operations
   * @throws UsageException if the directory or a file cannot be written
   */
  public static List<Path> write(ProbeResult result, Path directory) {
    ProbeReports.checkWritable(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<ApiOperation, String> observed : new TreeMap<>(result.observed()).entrySet()) {
      if (observed.getValue().isBlank()) {
        continue;
      }
      Path file = directory.resolve(fileName(observed.getKey()));
      ProbeReports.write(file, indented(observed.getValue()));
      written.add(file);
    }
    return written;
  }

  /** {@code getTestRun} → {@code get-test-run.json}. */
  static String fileName(ApiOperation operation) {
    return operation.operationId().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".json";
  }

  /** The body indented, values copied verbatim; a body that is not JSON is kept as it came. */
  static String indented(String body) {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body)); JsonWriter writer = JsonWriter.of(out)) {
      writer.setIndent("  ");
      copy(reader, writer);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return body;
      }
    } catch (IOException | RuntimeException notJson) {
      return body;
    }
    return out.readUtf8() + "\n";
  }

  private static void copy(JsonReader reader, JsonWriter writer) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copy(reader, writer);
        }
        reader.endObject();
        writer.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copy(reader, writer);
        }
        reader.endArray();
        writer.endArray();
      }
      default -> {
        try (BufferedSource value = reader.nextSource()) {
          writer.value(value);
        }
      }
    }
  }
}
