package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiError;
import ai.sigmamind.sdk.models.ModelJsonAdapters;
import ai.sigmamind.sdk.models.TestRun;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON in and out through the generated models' own adapters, so the sandbox speaks exactly the
 * spec's shapes. The two wire generations differ only in what is layered over those adapters:
 * the date precision and, for {@link WireShape#NEWER}, the verdict's spelling.
 */
final class Json {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  /** Error bodies carry milliseconds in every generation, as the documented example does. */
  private static final JsonAdapter<ApiError> ERRORS = moshi(MILLIS, false).adapter(ApiError.class);

  private final Moshi moshi;

  Json(WireShape shape) {
    this.moshi = shape == WireShape.NEWER ? moshi(MILLIS, true) : moshi(SECONDS, false);
  }

  static String writeError(ApiError error) {
    return ERRORS.toJson(error);
  }

  <T> String write(Class<T> type, T value) {
    return moshi.adapter(type).toJson(value);
  }

  <T> String writeList(Class<T> elementType, List<T> values) {
    JsonAdapter<List<T>> adapter = moshi.adapter(Types.newParameterizedType(List.class, elementType));
    return adapter.toJson(values);
  }

  /**
   * A paginated list's envelope around {@code slice}. The spec's envelopes ({@code BatchRunPage},
   * {@code TestRunPage}) have the same fields in the same order and differ only in their items,
   * which their generated adapter writes.
   */
  <T> String writePage(Class<T> itemType, Paging.Slice<T> slice) {
    JsonAdapter<List<T>> items = moshi.adapter(Types.newParameterizedType(List.class, itemType));
    Map<String, @Nullable Object> envelope = new LinkedHashMap<>();
    envelope.put("data", items.toJsonValue(slice.data()));
    envelope.put("page", slice.page());
    envelope.put("size", slice.size());
    envelope.put("totalCount", slice.totalCount());
    envelope.put("totalPages", slice.totalPages());
    envelope.put("hasNext", slice.hasNext());
    envelope.put("hasPrevious", slice.hasPrevious());
    return writeTree(envelope);
  }

  /** Writes plain maps, lists, strings and numbers, for the admin endpoints. */
  String writeTree(Object tree) {
    return moshi.adapter(Object.class).toJson(tree);
  }

  /**
   * Parses a request body with the model's adapter.
   *
   * @throws ApiException 400 for an empty, malformed or wrongly typed body, never anything else
   */
  <T> T read(Class<T> type, byte[] body) {
    return parse(moshi.adapter(type), body);
  }

  /** Parses a body into maps and lists, for the admin endpoints. */
  Object readTree(byte[] body) {
    return parse(moshi.adapter(Object.class), body);
  }

  private static <T> T parse(JsonAdapter<T> adapter, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw ApiException.badRequest("Required request body is missing");
    }
    T value;
    try {
      value = adapter.fromJson(text);
    } catch (IOException | JsonDataException e) {
      throw ApiException.badRequest("Invalid request body: " + e.getMessage());
    }
    if (value == null) {
      throw ApiException.badRequest("Required request body is missing");
    }
    return value;
  }

  private static Moshi moshi(DateTimeFormatter dates, boolean correctVerdictSpelling) {
    // Adapters added first win, and the generated adapters look their nested types up through
    // this Moshi: that is how dates and TestRun get the generation's format everywhere.
    Moshi.Builder builder = new Moshi.Builder().add(OffsetDateTime.class, new UtcDates(dates).nullSafe());
    if (correctVerdictSpelling) {
      builder.add(new CorrectVerdictSpelling());
    }
    return builder.add(ModelJsonAdapters.FACTORY).build();
  }

  /** Dates in UTC with a fixed precision: the generated adapter prints as few digits as it can. */
  private static final class UtcDates extends JsonAdapter<OffsetDateTime> {
    private final DateTimeFormatter format;

    UtcDates(DateTimeFormatter format) {
      this.format = format;
    }

    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw new JsonDataException("Expected an ISO-8601 date-time but was '" + text + "'", e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable OffsetDateTime value) throws IOException {
      writer.value(format.format(Objects.requireNonNull(value, "value").withOffsetSameInstant(ZoneOffset.UTC)));
    }
  }

  /**
   * Writes a {@link TestRun} as the newer generation does: {@code isSuccessful} instead of the
   * seed's (and the spec's canonical) {@code isSuccesful}, every other field as generated.
   */
  private static final class CorrectVerdictSpelling implements JsonAdapter.Factory {
    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (type != TestRun.class || !annotations.isEmpty()) {
        return null;
      }
      JsonAdapter<TestRun> generated = moshi.nextAdapter(this, TestRun.class, annotations);
      JsonAdapter<Object> tree = moshi.adapter(Object.class);
      return new JsonAdapter<TestRun>() {
        @Override
        public @Nullable TestRun fromJson(JsonReader reader) throws IOException {
          return generated.fromJson(reader);
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable TestRun value) throws IOException {
          Map<?, ?> fields = (Map<?, ?>) Objects.requireNonNull(generated.toJsonValue(value));
          Map<Object, @Nullable Object> renamed = new LinkedHashMap<>();
          fields.forEach((name, field) -> renamed.put("isSuccesful".equals(name) ? "isSuccessful" : name, field));
          tree.toJson(writer, renamed);
        }
      };
    }
  }
}
