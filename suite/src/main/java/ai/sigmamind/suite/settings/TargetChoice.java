package ai.sigmamind.suite.settings;

import static ai.sigmamind.suite.settings.SettingsRegistry.API_KEY;
import static ai.sigmamind.suite.settings.SettingsRegistry.API_KEY_ENV;
import static ai.sigmamind.suite.settings.SettingsRegistry.API_KEY_FILE;
import static ai.sigmamind.suite.settings.SettingsRegistry.BASE_URL;
import static ai.sigmamind.suite.settings.SettingsRegistry.SANDBOX;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one target rule of every door, checked before any request: the embedded sandbox ({@code
 * sandbox}), or SigmaMind's API with a key taken from the first of
 * <ol>
 *   <li>the environment variable named by {@code apiKeyEnv},</li>
 *   <li>the first line of the file named by {@code apiKeyFile},</li>
 *   <li>{@code apiKey} (the door's option, else the {@code sigmamind.apiKey} property),</li>
 *   <li>the {@code SIGMAMIND_API_KEY} environment variable;</li>
 * </ol>
 * and the base URL from {@code baseUrl}, the {@code sigmamind.baseUrl} property, {@code
 * SIGMAMIND_BASE_URL}, else {@code https://api.sigmamind.ai}. Neither a sandbox nor a key is an
 * error naming both ways; there is no fallback. The SDK's other settings (timeouts, retries...)
 * are read through the same properties and environment, once, when the target opens.
 *
 * <pre>{@code
 * TargetChoice choice = TargetChoice.read(values);
 * try (Target target = choice.open()) {
 *   System.out.println("Target: " + target.description());
 * }
 * }</pre>
 */
public final class TargetChoice {
  private final SettingValues values;
  private final @Nullable String apiKey;
  private final @Nullable String baseUrl;
  private final String keySource;

  private TargetChoice(SettingValues values, @Nullable String apiKey, @Nullable String baseUrl, String keySource) {
    this.values = values;
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.keySource = keySource;
  }

  /**
   * Applies the rule to a door's values.
   *
   * @param values what the door was given
   * @return the choice, not yet opened
   * @throws UsageException if no target is chosen, both are, or the named key is missing or empty
   */
  public static TargetChoice read(SettingValues values) {
    Door door = values.door();
    boolean sandbox = values.flag(SANDBOX);
    List<Setting> keySettings = Stream.of(API_KEY_ENV, API_KEY_FILE, API_KEY, BASE_URL)
        .filter(setting -> values.text(setting).isPresent()).toList();
    if (sandbox) {
      if (!keySettings.isEmpty()) {
        throw new UsageException(SANDBOX.nameIn(door) + " runs on an embedded sandbox; it cannot be combined with "
            + String.join(", ", keySettings.stream().map(setting -> setting.nameIn(door)).toList()));
      }
      return new TargetChoice(values, null, null, "");
    }
    Optional<String> variable = values.text(API_KEY_ENV);
    Optional<Path> file = values.path(API_KEY_FILE);
    String source;
    String key;
    if (variable.isPresent()) {
      source = "the environment variable " + variable.get() + " (named by " + API_KEY_ENV.nameIn(door) + ")";
      key = required(values.environment().apply(variable.get()), source);
    } else if (file.isPresent()) {
      source = "the API key file " + file.get();
      key = required(firstLine(file.get()), source);
    } else if (values.text(API_KEY).isPresent()) {
      source = API_KEY.nameIn(door);
      key = values.text(API_KEY).orElseThrow();
    } else {
      boolean fromProperty = SettingValues.nonBlank(values.properties().apply(API_KEY.property())).isPresent();
      source = fromProperty ? API_KEY.property() : String.valueOf(API_KEY.environmentVariable());
      key = values.fromPropertiesOrEnvironment(API_KEY).orElseThrow(() -> noTarget(door));
    }
    String url = values.text(BASE_URL).or(() -> values.fromPropertiesOrEnvironment(BASE_URL))
        .orElse(BASE_URL.defaultValue());
    return new TargetChoice(values, key, url, source);
  }

  /**
   * Whether the choice is the embedded sandbox.
   *
   * @return true for the sandbox, false for the API
   */
  public boolean isSandbox() {
    return apiKey == null;
  }

  /**
   * Where the key came from, for the user (never the key itself).
   *
   * @return e.g. {@code SIGMAMIND_API_KEY}; empty for the sandbox
   */
  public String keySource() {
    return keySource;
  }

  /**
   * Opens the target: starts the embedded sandbox, or builds the API's client with the SDK's
   * settings read through the door's properties and environment.
   *
   * @return the target, to close when done
   * @throws UsageException if the SDK's settings are invalid
   */
  public Target open() {
    if (apiKey == null || baseUrl == null) {
      return Target.embeddedSandbox();
    }
    try {
      return Target.api(SigmaMindClient.builder().fromEnv(values.properties(), values.environment())
          .apiKey(apiKey).baseUrl(baseUrl).build());
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new UsageException("Invalid SDK settings: " + e.getMessage(), e);
    }
  }

  private static UsageException noTarget(Door door) {
    String keyWays = door == Door.CLI
        ? API_KEY_ENV.nameIn(door) + " NAME, " + API_KEY_FILE.nameIn(door) + " FILE, the " + API_KEY.environmentVariable()
            + " environment variable or the " + API_KEY.property() + " system property"
        : "the " + API_KEY.environmentVariable() + " environment variable, " + API_KEY_ENV.nameIn(door) + " (naming another "
            + "variable), " + API_KEY_FILE.nameIn(door) + " or " + API_KEY.nameIn(door);
    String sandbox = switch (door) {
      case CLI -> "pass " + SANDBOX.nameIn(door);
      case ENGINE -> "set the configuration parameter " + SANDBOX.property() + "=true";
      case PLUGIN -> "set <" + SANDBOX.nameIn(door) + ">true</" + SANDBOX.nameIn(door) + "> (or -D" + SANDBOX.property()
          + "=true)";
    };
    return new UsageException("No target: " + sandbox + " to run on an embedded sandbox (a simulated agent), or give "
        + "an API key for SigmaMind's API with " + keyWays + ".");
  }

  private static @Nullable String firstLine(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse(null);
    } catch (IOException e) {
      throw new UsageException("Cannot read the API key file " + file + ": " + e.getMessage(), e);
    }
  }

  private static String required(@Nullable String value, String source) {
    return SettingValues.nonBlank(value)
        .orElseThrow(() -> new UsageException("No API key in " + source + ": it is unset or empty"));
  }

  @Override
  public String toString() {
    return isSandbox() ? "TargetChoice[sandbox]" : "TargetChoice[api at " + baseUrl + ", key from " + keySource + "]";
  }
}
