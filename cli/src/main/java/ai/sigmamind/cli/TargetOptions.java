package ai.sigmamind.cli;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The target every command needs, always explicit: {@code --sandbox}, or an API key from
 * {@code --api-key-env NAME}, {@code --api-key-file FILE}, the {@code sigmamind.apiKey} system
 * property or the {@code SIGMAMIND_API_KEY} environment variable (in that order). Neither is a
 * usage error, found before any request; there is no fallback.
 */
final class TargetOptions {
  static final String KEY_VARIABLE = "SIGMAMIND_API_KEY";
  static final String KEY_PROPERTY = "sigmamind.apiKey";
  static final String DEFAULT_BASE_URL = "https://api.sigmamind.ai";

  @Option(names = "--sandbox", description = "Run on an embedded sandbox: a simulated agent, for trying the tool out.",
      order = 100)
  boolean sandbox;

  @Option(names = "--api-key-env", paramLabel = "NAME", description = "Read the API key from environment variable NAME.",
      order = 101)
  @Nullable String apiKeyVariable;

  @Option(names = "--api-key-file", paramLabel = "FILE", description = "Read the API key from FILE (its first line).",
      order = 102)
  @Nullable Path apiKeyFile;

  @Option(names = "--base-url", paramLabel = "URL", order = 103, description = "The API's base URL (default: the "
      + "sigmamind.baseUrl property, SIGMAMIND_BASE_URL, else " + DEFAULT_BASE_URL + ").")
  @Nullable String baseUrl;

  /**
   * The chosen target, checked without any request.
   *
   * @throws UsageException if none is chosen, both are, or the named key is missing or empty
   */
  Choice choose(CliContext context) {
    boolean keyFlag = apiKeyVariable != null || apiKeyFile != null;
    if (sandbox && (keyFlag || baseUrl != null)) {
      throw new UsageException("--sandbox runs on an embedded sandbox; it cannot be combined with "
          + "--api-key-env, --api-key-file or --base-url");
    }
    if (sandbox) {
      return new Choice(null, null);
    }
    String key = apiKey(context);
    String url = baseUrl != null ? baseUrl
        : firstNonBlank(context.properties().apply("sigmamind.baseUrl"), context.environment().apply("SIGMAMIND_BASE_URL"));
    return new Choice(key, url == null ? DEFAULT_BASE_URL : url.strip());
  }

  private String apiKey(CliContext context) {
    if (apiKeyVariable != null) {
      return required(context.environment().apply(apiKeyVariable), "the environment variable " + apiKeyVariable
          + " (named by --api-key-env)");
    }
    if (apiKeyFile != null) {
      String text;
      try {
        text = Files.readString(apiKeyFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("Cannot read the API key file " + apiKeyFile + ": " + e.getMessage(), e);
      }
      return required(text.lines().findFirst().orElse(null), "the API key file " + apiKeyFile);
    }
    String key = firstNonBlank(context.properties().apply(KEY_PROPERTY), context.environment().apply(KEY_VARIABLE));
    if (key == null) {
      throw new UsageException("No target: pass --sandbox to run on an embedded sandbox (a simulated agent), or give "
          + "an API key for SigmaMind's API with --api-key-env NAME, --api-key-file FILE, the " + KEY_VARIABLE
          + " environment variable or the " + KEY_PROPERTY + " system property.");
    }
    return key;
  }

  private static String required(@Nullable String value, String source) {
    if (value == null || value.isBlank()) {
      throw new UsageException("No API key in " + source + ": it is unset or empty");
    }
    return value.strip();
  }

  private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : null;
  }

  /**
   * A checked choice of target, opened when the command is ready to send.
   *
   * @param apiKey the key, or null for the embedded sandbox
   * @param baseUrl the API's URL, or null for the embedded sandbox
   */
  record Choice(@Nullable String apiKey, @Nullable String baseUrl) {
    boolean isSandbox() {
      return apiKey == null;
    }

    /** @throws UsageException if the SDK settings in the environment are invalid */
    Target open() {
      if (apiKey == null || baseUrl == null) {
        return Target.embeddedSandbox();
      }
      try {
        return Target.api(SigmaMindClient.builder().fromEnv().apiKey(apiKey).baseUrl(baseUrl).build(), baseUrl);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new UsageException("Invalid SDK settings: " + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return isSandbox() ? "Choice[sandbox]" : "Choice[api at " + baseUrl + "]";
    }
  }
}
