package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.WaitOptions;
import ai.sigmamind.suite.UsageException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a sample sends its calls: SigmaMind's API when {@code SIGMAMIND_API_KEY} is set (at
 * {@code SIGMAMIND_BASE_URL} if that is set too; other SDK settings come from the environment as
 * {@link SigmaMindClient.Builder#fromEnv()} reads them), otherwise a sandbox started in-process on
 * a free loopback port and closed with this connection.
 *
 * <pre>{@code
 * try (ApiConnection connection = ApiConnection.open(System.getenv(), SigmaMindSandbox.builder())) {
 *   TestRun run = connection.client().agent(agentId).testRuns(batchId).get(jobId);
 * }
 * }</pre>
 */
final class ApiConnection implements AutoCloseable {
  static final String API_KEY_VARIABLE = "SIGMAMIND_API_KEY";
  static final String BASE_URL_VARIABLE = "SIGMAMIND_BASE_URL";
  private static final String DEFAULT_BASE_URL = "https://api.sigmamind.ai";

  private final SigmaMindClient client;
  private final @Nullable SigmaMindSandbox sandbox;
  private final String description;

  private ApiConnection(SigmaMindClient client, @Nullable SigmaMindSandbox sandbox, String description) {
    this.client = client;
    this.sandbox = sandbox;
    this.description = description;
  }

  /**
   * Connects as {@code environment} says; {@code sandboxConfiguration} is used only when it names
   * no API key.
   *
   * @throws UsageException if the SDK settings in the environment are invalid
   */
  static ApiConnection open(Map<String, String> environment, SigmaMindSandbox.Builder sandboxConfiguration) {
    String apiKey = environment.get(API_KEY_VARIABLE);
    if (apiKey != null && !apiKey.isBlank()) {
      String baseUrl = environment.getOrDefault(BASE_URL_VARIABLE, "");
      try {
        SigmaMindClient.Builder builder = SigmaMindClient.builder().fromEnv().apiKey(apiKey);
        if (!baseUrl.isBlank()) {
          builder.baseUrl(baseUrl);
        }
        return new ApiConnection(builder.build(), null,
            "the SigmaMind API at " + (baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl));
      } catch (IllegalStateException e) {
        throw new UsageException("Invalid SDK settings: " + e.getMessage(), e);
      }
    }
    SigmaMindSandbox sandbox = sandboxConfiguration.build().start();
    try {
      SigmaMindClient client = SigmaMindClient.builder()
          .apiKey(SigmaMindSandbox.SEED_API_KEY)
          .baseUrl(sandbox.baseUrl())
          .build();
      return new ApiConnection(client, sandbox,
          "an embedded sandbox at " + sandbox.baseUrl() + " (set " + API_KEY_VARIABLE + " to use the real API)");
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  SigmaMindClient client() {
    return client;
  }

  /** The embedded sandbox, when there is one. */
  Optional<SigmaMindSandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /** E.g. "the SigmaMind API at https://api.sigmamind.ai", for the user. */
  String description() {
    return description;
  }

  /**
   * Polling suited to the target: the SDK's gentle defaults for the real API, a quick pace for the
   * embedded sandbox, whose runs complete in a second or two.
   */
  WaitOptions.Builder waitOptions() {
    WaitOptions.Builder options = WaitOptions.builder();
    if (sandbox != null) {
      options.initialInterval(Duration.ofMillis(100)).maxInterval(Duration.ofMillis(250));
    }
    return options;
  }

  @Override
  public void close() {
    client.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
