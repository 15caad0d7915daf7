package ai.sigmamind.cli;

import ai.sigmamind.suite.settings.Door;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.SettingsRegistry;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The tool's binding of the settings registry: each command that reads settings gets the
 * registry's flags (name, value label, description, default), and reads them back by flag name.
 * The rules (target, durations, gates) are in the {@code suite} library.
 */
final class SettingFlags {
  /** The target every command that calls the API needs; see {@link ai.sigmamind.suite.settings.TargetChoice}. */
  static final List<Setting> TARGET = List.of(SettingsRegistry.SANDBOX, SettingsRegistry.API_KEY_ENV,
      SettingsRegistry.API_KEY_FILE, SettingsRegistry.BASE_URL);

  /** {@code settings}, then the {@link #TARGET}: what a command that calls the API and reads more settings lists. */
  static List<Setting> withTarget(Setting... settings) {
    return Stream.concat(Stream.of(settings), TARGET.stream()).toList();
  }

  /** A command whose settings come from the registry. */
  interface User {
    /** The settings it reads, in the order of its help. */
    List<Setting> settings();
  }

  private SettingFlags() {
  }

  /** Adds every registry flag to the commands in {@code cli}'s tree that read settings. */
  static void addTo(CommandLine cli) {
    if (cli.getCommand() instanceof User user) {
      int order = 100;
      for (Setting setting : user.settings()) {
        cli.getCommandSpec().addOption(option(setting, order++));
      }
    }
    cli.getSubcommands().values().forEach(SettingFlags::addTo);
  }

  /** The values given to {@code spec}'s flags, with the context's properties and environment. */
  static SettingValues values(CommandSpec spec, CliContext context) {
    return SettingValues.of(Door.CLI, setting -> {
      OptionSpec option = setting.cliFlag() == null ? null : spec.findOption(setting.cliFlag());
      Object value = option == null ? null : option.getValue();
      return value == null || Boolean.FALSE.equals(value) ? null : String.valueOf(value);
    }, context.properties(), context.environment());
  }

  private static OptionSpec option(Setting setting, int order) {
    String flag = Objects.requireNonNull(setting.cliFlag(), setting.name() + " has no flag");
    OptionSpec.Builder option = OptionSpec.builder(flag).order(order);
    if (setting.isSwitch()) {
      return option.arity("0").type(boolean.class).description(setting.description()).build();
    }
    return option.paramLabel(setting.paramLabel()).type(String.class)
        // picocli formats descriptions: a literal % (as in "80%") must be doubled.
        .description((setting.description() + " (" + setting.grammar() + "; default: " + setting.defaultValue() + ")")
            .replace("%", "%%"))
        .build();
  }
}
