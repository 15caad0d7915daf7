package ai.sigmamind.bench;

import ai.sigmamind.sdk.models.ModelJsonAdapters;
import ai.sigmamind.sdk.models.TestRun;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import okio.Buffer;

/**
 * The four ways to turn the seed's bytes into a test run, each configured as its library's users
 * would: our generated streaming adapters, Moshi by reflection, Jackson databind, Gson. Every one
 * parses the dates into {@link OffsetDateTime}, so they do the same work.
 */
public final class Decoders {
  private final JsonAdapter<TestRun> generated =
      new Moshi.Builder().add(ModelJsonAdapters.FACTORY).build().adapter(TestRun.class);
  private final JsonAdapter<TestRunBean> moshiReflection =
      new Moshi.Builder().add(new DateTimeAdapter()).build().adapter(TestRunBean.class);
  private final ObjectMapper jackson = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final Gson gson = new GsonBuilder()
      .registerTypeAdapter(OffsetDateTime.class,
          (JsonDeserializer<OffsetDateTime>) (json, type, context) -> OffsetDateTime.parse(json.getAsString()))
      .create();

  /** Our generated adapter, reading the bytes as OkHttp hands them over. */
  public TestRun generated(byte[] json) {
    return wholeDocument(generated, json);
  }

  /** Moshi's reflective class adapter on a hand-written bean. */
  public TestRunBean moshiReflection(byte[] json) {
    return wholeDocument(moshiReflection, json);
  }

  /**
   * Reads to the end of the document, as the SDK does: a buffer left with a trailing newline
   * would keep its segment from okio's pool and charge every decode a fresh 8 KiB.
   */
  private static <T> T wholeDocument(JsonAdapter<T> adapter, byte[] json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().write(json));
      T value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalStateException("trailing content");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson databind on the same bean. */
  public TestRunBean jackson(byte[] json) {
    try {
      return jackson.readValue(json, TestRunBean.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gson on the same bean. */
  public TestRunBean gson(byte[] json) {
    return gson.fromJson(
        new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8), TestRunBean.class);
  }

  /** Moshi's reflective adapter needs to be told about java.time, like Gson and Jackson. */
  static final class DateTimeAdapter {
    @FromJson
    OffsetDateTime fromJson(String text) {
      return OffsetDateTime.parse(text);
    }

    @ToJson
    String toJson(OffsetDateTime value) {
      return value.toString();
    }
  }
}
