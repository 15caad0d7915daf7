package ai.sigmamind.suite.settings;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One setting as every door names it: an entry of {@link SettingsRegistry}.
 *
 * @param name the plain name ({@code minPassRate}); the property is {@code sigmamind.} and the name
 * @param cliFlag the {@code sigmamind} tool's flag, or null when the tool reads it only from the
 *     property or the environment
 * @param paramLabel what the flag's value is called in help ({@code R}), or null for a switch
 * @param environmentVariable the environment variable that gives it, or null
 * @param pluginParameter the Maven plugin's parameter, or null when the plugin does not read it
 * @param doors the doors that read it through their own option names
 * @param defaultValue the value when not given, as people read it
 * @param grammar what a value looks like
 * @param description one line of documentation
 */
public record Setting(String name, @Nullable String cliFlag, @Nullable String paramLabel,
    @Nullable String environmentVariable, @Nullable String pluginParameter, Set<Door> doors, String defaultValue,
    String grammar, String description) {
  /**
   * Copies {@code doors}, so the entry cannot change.
   *
   * @param name see {@link #name()}
   * @param cliFlag see {@link #cliFlag()}
   * @param paramLabel see {@link #paramLabel()}
   * @param environmentVariable see {@link #environmentVariable()}
   * @param pluginParameter see {@link #pluginParameter()}
   * @param doors see {@link #doors()}
   * @param defaultValue see {@link #defaultValue()}
   * @param grammar see {@link #grammar()}
   * @param description see {@link #description()}
   * @throws IllegalArgumentException if the plugin parameter and the plugin door disagree
   */
  public Setting {
    doors = Set.copyOf(doors);
    if ((pluginParameter != null) != doors.contains(Door.PLUGIN)) {
      throw new IllegalArgumentException(name + ": a plugin parameter exactly when the plugin reads it");
    }
  }

  /**
   * The system property, also the JUnit Platform configuration key and the plugin's {@code -D} property.
   *
   * @return {@code sigmamind.} and the name
   */
  public String property() {
    return "sigmamind." + name;
  }

  /**
   * The JUnit engine's configuration key.
   *
   * @return the key, or null when the engine does not read this setting
   */
  public @Nullable String junitKey() {
    return doors.contains(Door.ENGINE) ? property() : null;
  }

  /**
   * Whether the setting is a switch (no value: present means true).
   *
   * @return true for a flag such as {@code --sandbox}
   */
  public boolean isSwitch() {
    return cliFlag != null && paramLabel == null;
  }

  /**
   * The setting as {@code door} names it, for messages.
   *
   * @param door where the value came from
   * @return e.g. {@code --min-pass-rate}, {@code sigmamind.minPassRate} or {@code minPassRate}
   */
  public String nameIn(Door door) {
    return switch (door) {
      case CLI -> cliFlag != null ? cliFlag : property();
      case ENGINE -> property();
      case PLUGIN -> pluginParameter != null ? pluginParameter : property();
    };
  }
}
