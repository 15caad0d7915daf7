package ai.sigmamind.cli;

import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads settings through the registry's flags ({@link SettingFlags}): the target,
 * and whatever else {@link #settings()} lists. Holds what every such command needs to read them.
 */
abstract class SettingsCommand implements Callable<Integer>, SettingFlags.User {
  @Spec
  CommandSpec spec;

  final CliContext context;

  SettingsCommand(CliContext context) {
    this.context = context;
  }

  /** The values given to this command's flags, with the context's properties and environment. */
  final SettingValues values() {
    return SettingFlags.values(spec, context);
  }

  /** The target only; a command that reads more settings lists them with {@link SettingFlags#withTarget}. */
  @Override
  public List<Setting> settings() {
    return SettingFlags.TARGET;
  }
}
