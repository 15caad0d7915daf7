package ai.sigmamind.suite.settings;

import ai.sigmamind.sdk.ClientSetting;
import ai.sigmamind.sdk.DurationText;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.GateSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of the suites, once: the target, the run, the gate, the SDK client's own settings
 * (taken from {@link ClientSetting}) and the plugin's own. The doors bind their option names from
 * here, the docs' settings table is checked against it, and an unknown {@code sigmamind.*} key is
 * an error naming the nearest valid one. Adding a setting is adding one entry below.
 */
public final class SettingsRegistry {
  private static final Set<Door> ALL_DOORS = EnumSet.allOf(Door.class);
  private static final String BOOLEAN = "true or false";

  /** Run on an embedded sandbox instead of the API. */
  public static final Setting SANDBOX = new Setting("sandbox", "--sandbox", null, null, "sandbox", ALL_DOORS, "false",
      BOOLEAN, "Run on an embedded sandbox: a simulated agent, for trying things out; excludes every key setting.");
  /** The API key. */
  public static final Setting API_KEY = client(ClientSetting.API_KEY, null, null);
  /** The environment variable that holds the key. */
  public static final Setting API_KEY_ENV = new Setting("apiKeyEnv", "--api-key-env", "NAME", null, "apiKeyEnv", ALL_DOORS,
      "none", "an environment variable's name", "Read the API key from this environment variable.");
  /** The file that holds the key. */
  public static final Setting API_KEY_FILE = new Setting("apiKeyFile", "--api-key-file", "FILE", null, "apiKeyFile", ALL_DOORS,
      "none", "a file", "Read the API key from this file's first line.");
  /** The API's base URL. */
  public static final Setting BASE_URL = client(ClientSetting.BASE_URL, "--base-url", "URL");
  /** How long to wait for each batch. */
  public static final Setting TIMEOUT = new Setting("timeout", "--timeout", "DURATION", null, "timeout", ALL_DOORS,
      "30m", DurationText.GRAMMAR, "How long to wait for each suite's batch.");
  /** How many suites run at a time. */
  public static final Setting PARALLEL = new Setting("parallel", "--parallel", "N", null, "parallel", ALL_DOORS, "4",
      "a whole number, at least 1", "How many suites run at a time.");
  /** Where the reports go. */
  public static final Setting REPORT_DIR = new Setting("reportDir", "--report-dir", "DIR", null, "reportDirectory", ALL_DOORS,
      "sigmamind-results (tool), target/sigmamind-junit (engine), target/sigmamind (plugin)", "a directory",
      "Where the reports go.");
  /** The absolute floor. */
  public static final Setting MIN_PASS_RATE = new Setting("minPassRate", "--min-pass-rate", "R", null, "minPassRate",
      ALL_DOORS, "0.8, with a baseline too (0 turns the floor off)", "a number from 0 to 1 (0.8 means 80%)",
      "Lowest passing overall pass rate of a suite.");
  /** The recorded baseline to compare with. */
  public static final Setting BASELINE = new Setting("baseline", "--baseline", "FILE", null, "baseline", ALL_DOORS,
      "none", "a baseline file (<suite>.baseline.yaml)",
      "Compare with this recorded baseline (one suite only): fail only on a statistically significant drop.");
  /** Record the run as the baseline. */
  public static final Setting RECORD_BASELINE = new Setting("recordBaseline", "--record-baseline", null, null,
      "recordBaseline", ALL_DOORS, "false", BOOLEAN,
      "After a complete run, record it as each suite's baseline and append it to the suite's history.");
  /** The smallest drop that fails the baseline gate. */
  public static final Setting MIN_DROP = new Setting("minDrop", "--min-drop", "D", null, "minDrop", ALL_DOORS,
      String.valueOf(GateSettings.DEFAULT_MIN_DROP), "a number above 0, at most 1",
      "With a baseline: the smallest drop in a test case's pass rate that fails the gate.");
  /** The accepted false-alarm rate of the baseline gate. */
  public static final Setting ALPHA = new Setting("alpha", "--alpha", "A", null, "alpha", ALL_DOORS,
      String.valueOf(GateSettings.DEFAULT_ALPHA), "a number strictly between 0 and 1",
      "With a baseline: the accepted chance of a false alarm over all test cases together.");
  /** The attempts the baseline gate may spend re-running suspect cases. */
  public static final Setting CONFIRM_BUDGET = new Setting("confirmBudget", "--confirm-budget", "N", null, "confirmBudget",
      ALL_DOORS,
      String.valueOf(ConfirmationPolicy.DEFAULT_BUDGET), "a whole number from 0 (off) to " + ConfirmationPolicy.MAX_BUDGET,
      "With a baseline: the most attempts, over all test cases, to re-run suspect cases in one confirmation batch.");
  /** Which transcripts the JUnit engine prints. */
  public static final Setting TRANSCRIPTS = new Setting("transcripts", null, null, null, null, EnumSet.of(Door.ENGINE),
      "failed", "failed, all or none",
      "Which runs' transcripts to print to the console: failed (failed or not judged), all or none; the report entries "
          + "and files hold every transcript either way.");
  /** The plugin's suite files (the tool takes them as arguments). */
  public static final Setting SUITES = new Setting("suites", null, null, null, "suites", EnumSet.of(Door.PLUGIN),
      "required", "suite files (comma-separated with -D)", "Suite files (YAML), one agent each.");
  /** Skip the plugin's goals. */
  public static final Setting SKIP = new Setting("skip", null, null, null, "skip", EnumSet.of(Door.PLUGIN), "false",
      BOOLEAN, "Skip the suites and verify's gate.");

  /** {@code SIGMAMIND_*} variables read by something other than a door (the launcher script). */
  private static final Set<String> OTHER_VARIABLES = Set.of("SIGMAMIND_JAVA_OPTS");

  private static final List<Setting> ALL = Stream.concat(
      Stream.of(SANDBOX, API_KEY, API_KEY_ENV, API_KEY_FILE, BASE_URL, TIMEOUT, PARALLEL, REPORT_DIR, MIN_PASS_RATE,
          BASELINE, RECORD_BASELINE, MIN_DROP, ALPHA, CONFIRM_BUDGET, TRANSCRIPTS, SUITES, SKIP),
      Arrays.stream(ClientSetting.values())
          .filter(setting -> setting != ClientSetting.API_KEY && setting != ClientSetting.BASE_URL)
          .map(setting -> client(setting, null, null)))
      .toList();

  private SettingsRegistry() {
  }

  /**
   * Every setting, in the order of the docs' table.
   *
   * @return the settings, unmodifiable
   */
  public static List<Setting> all() {
    return ALL;
  }

  /**
   * The setting a property or configuration key names.
   *
   * @param property e.g. {@code sigmamind.minPassRate}
   * @return the setting, or empty when none is called so
   */
  public static Optional<Setting> byProperty(String property) {
    return ALL.stream().filter(setting -> setting.property().equals(property)).findFirst();
  }

  /**
   * The entry of one of the SDK's own settings.
   *
   * @param setting the SDK's setting
   * @return its entry here, with the same names and default
   */
  public static Setting of(ClientSetting setting) {
    return byProperty(setting.property()).orElseThrow();
  }

  /**
   * Checks the {@code sigmamind.*} keys a door was given (other keys are left alone): each must be a
   * setting that door reads.
   *
   * @param door the door the keys were given to
   * @param keys property or configuration keys, e.g. from {@code junit-platform.properties}
   * @throws UsageException naming every unknown key and the nearest valid one
   */
  public static void checkKeys(Door door, Collection<String> keys) {
    List<String> known = ALL.stream().filter(setting -> setting.doors().contains(door)).map(Setting::property).toList();
    List<String> problems = new ArrayList<>();
    keys.stream().filter(key -> key.startsWith("sigmamind.") && !known.contains(key)).sorted().forEach(key -> {
      Optional<Setting> elsewhere = byProperty(key);
      problems.add(elsewhere.isPresent()
          ? key + " is not read by " + door.title() + " (only by " + titles(elsewhere.get().doors()) + ")"
          : "unknown setting " + key + " (did you mean " + nearest(key, known) + "?)");
    });
    if (!problems.isEmpty()) {
      throw new UsageException("Invalid SigmaMind settings for " + door.title() + ": " + String.join("; ", problems)
          + ". The settings are listed in docs/settings.md.");
    }
  }

  /**
   * Warnings for {@code SIGMAMIND_*} environment variables that no setting reads.
   *
   * @param environment the environment variables by name
   * @return one warning per unknown variable, naming the nearest known one; empty when all are known
   */
  public static List<String> environmentWarnings(Map<String, String> environment) {
    List<String> known = Stream.concat(ALL.stream().map(Setting::environmentVariable), OTHER_VARIABLES.stream())
        .filter(variable -> variable != null).map(String::valueOf).toList();
    return environment.keySet().stream()
        .filter(name -> name.startsWith("SIGMAMIND_") && !known.contains(name))
        .sorted()
        .map(name -> "Warning: the environment variable " + name + " is not a SigmaMind setting and is ignored (did you "
            + "mean " + nearest(name, known) + "?)")
        .toList();
  }

  /**
   * The candidate with the fewest single-character edits from {@code key}, ignoring case: what an
   * unknown key or option is most likely a typo of.
   *
   * @param key what was given, e.g. {@code sigmamind.minDrp} or {@code --min-drp}
   * @param candidates the valid names, at least one
   * @return the nearest candidate; ties go to the first in natural order
   */
  public static String nearest(String key, List<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt((String candidate) -> distance(key.toLowerCase(Locale.ROOT),
            candidate.toLowerCase(Locale.ROOT))).thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String titles(Set<Door> doors) {
    return String.join(" and ", doors.stream().map(Door::title).toList());
  }

  private static Setting client(ClientSetting setting, @Nullable String cliFlag, @Nullable String paramLabel) {
    return new Setting(setting.key(), cliFlag, paramLabel, setting.environmentVariable(), setting.key(), ALL_DOORS,
        setting.defaultValue(), setting.grammar(), setting.description());
  }
}
