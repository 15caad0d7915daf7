package ai.sigmamind.maven;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's target rule with the plugin's parameter names: {@code sandbox}, or a key from
 * {@code apiKeyEnv}, {@code apiKeyFile}, {@code sigmamind.apiKey} or {@code SIGMAMIND_API_KEY}
 * (in that order). Neither is an error naming both ways, found before any request.
 *
 * @param sandbox run on an embedded sandbox
 * @param apiKey the key given as {@code -Dsigmamind.apiKey}, if any
 * @param apiKeyEnv the environment variable holding the key, if named
 * @param apiKeyFile the file whose first line is the key, if named
 * @param baseUrl the API's base URL, if given
 */
record TargetSelection(boolean sandbox, @Nullable String apiKey, @Nullable String apiKeyEnv, @Nullable File apiKeyFile,
    @Nullable String baseUrl) {
  static final String DEFAULT_BASE_URL = "https://api.sigmamind.ai";

  /**
   * Opens the chosen target.
   *
   * @throws UsageException if none is chosen, both are, or the named key is missing or empty
   */
  Target open(Function<String, @Nullable String> environment) {
    boolean keyGiven = apiKey != null || apiKeyEnv != null || apiKeyFile != null;
    if (sandbox) {
      if (keyGiven || baseUrl != null) {
        throw new UsageException("sigmamind.sandbox runs on an embedded sandbox; it cannot be combined with "
            + "apiKey, apiKeyEnv, apiKeyFile or baseUrl");
      }
      return Target.embeddedSandbox();
    }
    String key = key(environment);
    String url = baseUrl != null ? baseUrl : environment.apply("SIGMAMIND_BASE_URL");
    String base = url == null || url.isBlank() ? DEFAULT_BASE_URL : url.strip();
    try {
      return Target.api(SigmaMindClient.builder().fromEnv().apiKey(key).baseUrl(base).build(), base);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new UsageException("Invalid SDK settings: " + e.getMessage(), e);
    }
  }

  private String key(Function<String, @Nullable String> environment) {
    if (apiKeyEnv != null) {
      return required(environment.apply(apiKeyEnv), "the environment variable " + apiKeyEnv + " (named by apiKeyEnv)");
    }
    if (apiKeyFile != null) {
      try {
        return required(Files.readString(apiKeyFile.toPath(), StandardCharsets.UTF_8).lines().findFirst().orElse(null),
            "the API key file " + apiKeyFile);
      } catch (IOException e) {
        throw new UsageException("Cannot read the API key file " + apiKeyFile + ": " + e.getMessage(), e);
      }
    }
    String key = apiKey != null && !apiKey.isBlank() ? apiKey : environment.apply("SIGMAMIND_API_KEY");
    if (key == null || key.isBlank()) {
      throw new UsageException("No target: set -Dsigmamind.sandbox=true (or <sandbox>true</sandbox>) to run on an "
          + "embedded sandbox (a simulated agent), or give an API key for SigmaMind's API with the SIGMAMIND_API_KEY "
          + "environment variable, <apiKeyEnv>NAME</apiKeyEnv>, <apiKeyFile>FILE</apiKeyFile> or -Dsigmamind.apiKey.");
    }
    return key.strip();
  }

  private static String required(@Nullable String value, String source) {
    if (value == null || value.isBlank()) {
      throw new UsageException("No API key in " + source + ": it is unset or empty");
    }
    return value.strip();
  }

  @Override
  public String toString() {
    return "TargetSelection[" + (sandbox ? "sandbox" : "api") + "]";
  }
}
