package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ModelJsonAdapters;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** The SDK's one Moshi, and whole-document decoding. */
final class Json {
  static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.FACTORY).build();

  private Json() {
  }

  /**
   * Decodes {@code text} as one JSON document of {@code type}. Throws IOException for malformed,
   * empty or truncated JSON and JsonDataException for JSON of the wrong shape or trailing content;
   * returns null only for the literal {@code null}.
   */
  static @Nullable Object decode(String text, Type type) throws IOException {
    return decode(new Buffer().writeUtf8(text), MOSHI.adapter(type));
  }

  /** As {@link #decode(String, Type)}, reading UTF-8 straight from {@code source}. */
  static <T> @Nullable T decode(BufferedSource source, JsonAdapter<T> adapter) throws IOException {
    JsonReader reader = JsonReader.of(source);
    T value = adapter.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("Unexpected content after the JSON document at path " + reader.getPath());
    }
    return value;
  }
}
