package ai.sigmamind.bench;

import ai.sigmamind.sdk.models.ModelJsonAdapters;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor for this stack: one OkHttp call decoded by the same generated adapter the SDK uses,
 * written by hand with nothing else (no retries, no typed errors).
 */
public final class OkHttpMoshiClient implements AutoCloseable {
  private final OkHttpClient okHttp = new OkHttpClient();
  private final Moshi moshi = new Moshi.Builder().add(ModelJsonAdapters.FACTORY).build();
  private final JsonAdapter<TestRun> runAdapter = moshi.adapter(TestRun.class);
  private final JsonAdapter<TestRunPage> pageAdapter = moshi.adapter(TestRunPage.class);
  private final String baseUrl;

  public OkHttpMoshiClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Fetches the seed's test run. */
  public TestRun getTestRun() {
    return get(Seed.testRunUrl(baseUrl), runAdapter);
  }

  /** Fetches one page of the seed batch's runs, {@link FixedPayloadServer#PAGE_SIZE} a page. */
  public TestRunPage listTestRuns(int page) {
    return get(baseUrl + "v1/test-runs?batchId=" + Seed.BATCH_ID + "&agentId=" + Seed.AGENT_ID
        + "&page=" + page + "&size=" + FixedPayloadServer.PAGE_SIZE, pageAdapter);
  }

  private <T> T get(String url, JsonAdapter<T> adapter) {
    Request request = new Request.Builder().url(url).header("X-API-Key", Seed.API_KEY).build();
    try (Response response = okHttp.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return adapter.fromJson(response.body().source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    release(okHttp);
  }

  /** Lets {@code okHttp}'s threads and connections go, as a client built for one benchmark trial should. */
  static void release(OkHttpClient okHttp) {
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }
}
