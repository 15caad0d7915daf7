package ai.sigmamind.junit;

import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.settings.Door;
import ai.sigmamind.suite.settings.RunOptions;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.SettingsRegistry;
import ai.sigmamind.suite.settings.TargetChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's binding of the settings registry: each setting is the configuration parameter named
 * by its property ({@code sigmamind.minPassRate}), from {@code junit-platform.properties}, the
 * launcher or a {@code -D} system property; the SDK's own settings ({@code sigmamind.maxRetries}...)
 * are read from the same parameters. The rules are the suite library's, checked before any request.
 *
 * @param target the chosen target
 * @param runner how the suites run
 * @param keeping the baselines to record, or the history a gated run joins
 * @param transcripts which runs' transcripts go to the console
 */
record EngineSettings(TargetChoice target, SuiteRunner.Settings runner, RunOptions.Keeping keeping,
    Transcripts transcripts) {
  static final Path DEFAULT_REPORT_DIR = Path.of("target/sigmamind-junit");

  /** The values of {@link SettingsRegistry#TRANSCRIPTS}. */
  enum Transcripts {
    /** A failed or not judged run's, so a passing build's log stays short (the default). */
    FAILED,
    /** Every run's. */
    ALL,
    /** None: the report entries and files have them. */
    NONE;

    /** Whether a run with this verdict (null: not judged) has its transcript printed. */
    boolean printed(@Nullable Boolean successful) {
      return this == ALL || this == FAILED && !Boolean.TRUE.equals(successful);
    }
  }

  /**
   * Reads and checks every parameter.
   *
   * @param environment the process environment ({@code System.getenv()} outside tests)
   * @param suites the suites to run
   * @throws UsageException naming the parameter at fault: an unknown {@code sigmamind.*} key (with
   *     the nearest valid one), a value that does not read, or no target
   */
  static EngineSettings read(ConfigurationParameters parameters, Map<String, String> environment, List<Suite> suites) {
    // System properties are the JVM's, shared with the build and other tools: only the engine's own
    // configuration (junit-platform.properties, the launcher's parameters) must hold nothing unknown.
    Set<String> systemProperties = System.getProperties().stringPropertyNames();
    SettingsRegistry.checkKeys(Door.ENGINE, parameters.keySet().stream()
        .filter(key -> !systemProperties.contains(key)).collect(Collectors.toSet()));
    SettingValues values = SettingValues.of(Door.ENGINE, setting -> parameters.get(setting.property()).orElse(null),
        key -> parameters.get(key).orElse(null), environment::get);
    SuiteRunner.Settings runner = RunOptions.read(values, DEFAULT_REPORT_DIR, suites);
    return new EngineSettings(TargetChoice.read(values), runner, RunOptions.keeping(values, suites),
        values.choice(SettingsRegistry.TRANSCRIPTS, Transcripts.class).orElse(Transcripts.FAILED));
  }
}
