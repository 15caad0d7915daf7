package ai.sigmamind.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JDK's own HTTP client with Jackson databind, and no SDK at all. */
public final class JdkHttpJacksonClient {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper jackson = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final URI url;

  public JdkHttpJacksonClient(String baseUrl) {
    this.url = URI.create(Seed.testRunUrl(baseUrl));
  }

  /** Fetches the seed's test run. */
  public TestRunBean getTestRun() {
    HttpRequest request = HttpRequest.newBuilder(url).header("X-API-Key", Seed.API_KEY).build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      return jackson.readValue(response.body(), TestRunBean.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
