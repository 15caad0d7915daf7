package ai.sigmamind.suite.settings;

import ai.sigmamind.sdk.DurationText;
import ai.sigmamind.suite.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values one door was given, read with each setting's grammar; a value that does not read is
 * a {@link UsageException} naming the setting as that door names it. Blank counts as not given.
 *
 * <pre>{@code
 * SettingValues values = SettingValues.of(Door.ENGINE, setting -> parameters.get(setting.property()).orElse(null),
 *     key -> parameters.get(key).orElse(null), System::getenv);
 * Duration timeout = values.duration(SettingsRegistry.TIMEOUT).orElse(Duration.ofMinutes(30));
 * }</pre>
 */
public final class SettingValues {
  private final Door door;
  private final Function<Setting, @Nullable String> given;
  private final Function<String, @Nullable String> properties;
  private final Function<String, @Nullable String> environment;

  private SettingValues(Door door, Function<Setting, @Nullable String> given,
      Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    this.door = door;
    this.given = given;
    this.properties = properties;
    this.environment = environment;
  }

  /**
   * A door's values.
   *
   * @param door the door, for messages
   * @param given the value given through the door's own option for a setting, or null
   * @param properties {@code sigmamind.*} properties by name (system properties, or the engine's
   *     configuration parameters), where the SDK's settings and the key's fallbacks are read
   * @param environment environment variables by name
   * @return the values
   */
  public static SettingValues of(Door door, Function<Setting, @Nullable String> given,
      Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    return new SettingValues(door, given, properties, environment);
  }

  /**
   * The door the values came through.
   *
   * @return the door
   */
  public Door door() {
    return door;
  }

  /** Properties by name, for the SDK client's settings. */
  Function<String, @Nullable String> properties() {
    return properties;
  }

  /** Environment variables by name. */
  Function<String, @Nullable String> environment() {
    return environment;
  }

  /**
   * The value given for {@code setting}, stripped.
   *
   * @param setting the setting
   * @return the value, or empty when not given or blank
   */
  public Optional<String> text(Setting setting) {
    return nonBlank(given.apply(setting));
  }

  /**
   * A {@code true}/{@code false} setting.
   *
   * @param setting the setting
   * @return the value; false when not given
   * @throws UsageException when it is neither
   */
  public boolean flag(Setting setting) {
    return text(setting).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(setting, value);
    }).orElse(false);
  }

  /**
   * A duration setting, in {@link DurationText}'s grammar.
   *
   * @param setting the setting
   * @return the duration, or empty when not given
   * @throws UsageException when it is not a positive duration
   */
  public Optional<Duration> duration(Setting setting) {
    return text(setting).map(value -> {
      try {
        return DurationText.parse(value);
      } catch (IllegalArgumentException e) {
        throw new UsageException(setting.nameIn(door) + ": " + e.getMessage(), e);
      }
    });
  }

  /**
   * A number setting within {@code [min, max]}.
   *
   * @param setting the setting
   * @param min the lowest accepted value
   * @param max the highest accepted value
   * @return the number, or empty when not given
   * @throws UsageException when it is not a number in range
   */
  public Optional<Double> number(Setting setting, double min, double max) {
    return text(setting).map(value -> {
      try {
        double number = Double.parseDouble(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below, with the grammar
      }
      throw invalid(setting, value);
    });
  }

  /**
   * A whole-number setting of at least {@code min}.
   *
   * @param setting the setting
   * @param min the lowest accepted value
   * @return the number, or empty when not given
   * @throws UsageException when it is not a whole number of at least {@code min}
   */
  public Optional<Integer> count(Setting setting, int min) {
    return text(setting).map(value -> {
      try {
        int count = Integer.parseInt(value);
        if (count >= min) {
          return count;
        }
      } catch (NumberFormatException e) {
        // reported below, with the grammar
      }
      throw invalid(setting, value);
    });
  }

  /**
   * A setting whose value is one of {@code choices}' constants, named in any case ({@code all}).
   *
   * @param <E> the choices
   * @param setting the setting
   * @param choices the enum whose constants are the values
   * @return the chosen constant, or empty when not given
   * @throws UsageException when it names none of them
   */
  public <E extends Enum<E>> Optional<E> choice(Setting setting, Class<E> choices) {
    return text(setting).map(value -> Arrays.stream(choices.getEnumConstants())
        .filter(choice -> choice.name().equalsIgnoreCase(value)).findFirst()
        .orElseThrow(() -> invalid(setting, value)));
  }

  /**
   * A file or directory setting.
   *
   * @param setting the setting
   * @return the path, or empty when not given
   */
  public Optional<Path> path(Setting setting) {
    return text(setting).map(Path::of);
  }

  /**
   * A value from the properties, then the environment (for the key and base URL fallbacks).
   *
   * @param setting a setting with an environment variable
   * @return the value, or empty when neither gives one
   */
  Optional<String> fromPropertiesOrEnvironment(Setting setting) {
    return nonBlank(properties.apply(setting.property()))
        .or(() -> setting.environmentVariable() == null ? Optional.empty()
            : nonBlank(environment.apply(setting.environmentVariable())));
  }

  private UsageException invalid(Setting setting, String value) {
    return new UsageException(setting.nameIn(door) + " must be " + setting.grammar() + ", was '" + value + "'");
  }

  static Optional<String> nonBlank(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
