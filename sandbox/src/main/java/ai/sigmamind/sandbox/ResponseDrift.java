package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Success bodies that drift from the spec, for proving that a contract check notices when the
 * service changes ({@link SigmaMindSandbox.Builder#drift}, the standalone sandbox's
 * {@code --drift}). Four changes a live service could make, each at the top level of one
 * operation's 2xx body; every other answer is untouched:
 *
 * <ul>
 *   <li>{@code getTestCase}: {@code attempt} is sent as a string ({@code "5"}), a type change;
 *   <li>{@code getBatchRun}: the required {@code batchId} is dropped;
 *   <li>{@code listBatchRuns}: the required {@code totalCount} is renamed {@code total};
 *   <li>{@code getTestRun}: a field the spec lacks, {@code sentiment}, is added.
 * </ul>
 */
final class ResponseDrift {
  /** The field {@code getTestRun} gains. */
  static final String ADDED_FIELD = "sentiment";

  private ResponseDrift() {
  }

  /** {@code route} answering as the drifted service; admin routes unchanged. */
  static Route wrap(Route route) {
    Route.Handler handler = route.handler();
    return route.admin() ? route
        : new Route(route.method(), route.template(), route.operation(), call -> apply(route.operation(), handler.handle(call)));
  }

  /** {@code response} as the drifted service sends it for {@code operation} (null: an admin route). */
  static Response apply(@Nullable ApiOperation operation, Response response) {
    String json = response.json();
    if (operation == null || json == null || response.status() / 100 != 2) {
      return response;
    }
    return switch (operation) {
      case GET_TEST_CASE -> rewrite(response, json, "attempt", (reader, writer) -> writer.name("attempt").value(raw(reader)), null);
      case GET_BATCH_RUN -> rewrite(response, json, "batchId", (reader, writer) -> reader.skipValue(), null);
      case LIST_BATCH_RUNS -> rewrite(response, json, "totalCount", (reader, writer) -> copy(reader, writer.name("total")), null);
      case GET_TEST_RUN -> rewrite(response, json, "", (reader, writer) -> reader.skipValue(),
          writer -> writer.name(ADDED_FIELD).value("neutral"));
      default -> response;
    };
  }

  /** What becomes of the one field a drift changes. */
  @FunctionalInterface
  private interface FieldChange {
    void write(JsonReader reader, JsonWriter writer) throws IOException;
  }

  /** What a drift appends to the object. */
  @FunctionalInterface
  private interface Addition {
    void write(JsonWriter writer) throws IOException;
  }

  /** Copies the top-level object, applying {@code change} to {@code field} and appending {@code addition}. */
  private static Response rewrite(Response response, String json, String field, FieldChange change,
      @Nullable Addition addition) {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json)); JsonWriter writer = JsonWriter.of(out)) {
      reader.beginObject();
      writer.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals(field)) {
          change.write(reader, writer);
        } else {
          copy(reader, writer.name(name));
        }
      }
      if (addition != null) {
        addition.write(writer);
      }
      reader.endObject();
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rewrite a response the sandbox wrote", e);
    }
    return new Response(response.status(), out.readUtf8(), response.headers());
  }

  /** Copies the next value as raw text, so integers stay integers (a tree would turn 5 into 5.0). */
  private static void copy(JsonReader reader, JsonWriter writer) throws IOException {
    try (BufferedSource value = reader.nextSource()) {
      writer.value(value);
    }
  }

  private static String raw(JsonReader reader) throws IOException {
    try (BufferedSource value = reader.nextSource()) {
      return value.readUtf8();
    }
  }
}
