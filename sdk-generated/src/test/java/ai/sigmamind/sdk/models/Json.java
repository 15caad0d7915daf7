package ai.sigmamind.sdk.models;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Moshi instance every test decodes with, and the fixtures it reads. */
final class Json {
  static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.FACTORY).build();

  private Json() {
  }

  static String resource(String name) {
    try (InputStream in = Json.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T decode(Class<T> type, String json) {
    try {
      return MOSHI.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> String encode(Class<T> type, T value) {
    return MOSHI.adapter(type).toJson(value);
  }
}
