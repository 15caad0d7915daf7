package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets up one of an embedded sandbox's provider states (see the sandbox's package documentation)
 * through its {@code /_sandbox/provider-states} endpoint, the way a Pact verifier does: the
 * sandbox offers no Java method for them.
 *
 * <pre>{@code
 * SandboxProviderState.setUp(sandbox,
 *     "test run job_ksUu5yRHGTLLrLeM of batch batch_s0OJu2JWR8R45Fai exists and succeeded",
 *     Map.of("agentId", "mJzLaPEo425lieb9"));
 * }</pre>
 */
final class SandboxProviderState {
  private SandboxProviderState() {
  }

  /**
   * Sets {@code state} up in the workspace of {@link SigmaMindSandbox#SEED_API_KEY}.
   *
   * @throws IllegalStateException if the sandbox refuses the state
   */
  static void setUp(SigmaMindSandbox sandbox, String state, Map<String, String> params) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", state);
    body.put("params", params);
    body.put("action", "setup");
    String json = new Moshi.Builder().build()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .toJson(body);
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/provider-states"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response;
    try {
      response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reach the sandbox at " + sandbox.baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while setting up provider state '" + state + "'", e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Sandbox refused provider state '" + state + "': " + response.statusCode() + " " + response.body());
    }
  }
}
