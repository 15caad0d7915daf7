package ai.sigmamind.junit;

import ai.sigmamind.sdk.DurationText;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.suite.PassRateGate;
import ai.sigmamind.suite.ReportFiles;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration parameters (from {@code junit-platform.properties}, {@code -D} or the
 * launcher), checked before any request. The target follows the CLI's rule: {@code sigmamind.sandbox=true},
 * or an API key; neither is an error naming both ways, never a fallback.
 */
final class EngineSettings {
  static final String SANDBOX = "sigmamind.sandbox";
  static final String API_KEY = "sigmamind.apiKey";
  static final String API_KEY_ENV = "sigmamind.apiKeyEnv";
  static final String BASE_URL = "sigmamind.baseUrl";
  static final String MIN_PASS_RATE = "sigmamind.minPassRate";
  static final String TIMEOUT = "sigmamind.timeout";
  static final String PARALLEL = "sigmamind.parallel";
  static final String REPORT_DIR = "sigmamind.reportDir";

  static final String KEY_VARIABLE = "SIGMAMIND_API_KEY";
  static final String BASE_URL_VARIABLE = "SIGMAMIND_BASE_URL";
  static final String DEFAULT_BASE_URL = "https://api.sigmamind.ai";
  static final double DEFAULT_MIN_PASS_RATE = 0.8;
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
  static final int DEFAULT_PARALLEL = 4;
  static final String DEFAULT_REPORT_DIR = "target/sigmamind-junit";

  private final @Nullable String apiKey;
  private final @Nullable String baseUrl;
  private final SuiteRunner.Settings runner;
  private final double minPassRate;

  private EngineSettings(@Nullable String apiKey, @Nullable String baseUrl, SuiteRunner.Settings runner, double minPassRate) {
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.runner = runner;
    this.minPassRate = minPassRate;
  }

  /**
   * Reads and checks every parameter.
   *
   * @param environment the process environment ({@code System::getenv} outside tests)
   * @throws UsageException naming the parameter at fault, or both ways to choose a target when none is chosen
   */
  static EngineSettings read(ConfigurationParameters parameters, Function<String, @Nullable String> environment) {
    double minPassRate = parameter(parameters, MIN_PASS_RATE).map(value -> passRate(value)).orElse(DEFAULT_MIN_PASS_RATE);
    Duration timeout = parameter(parameters, TIMEOUT).map(EngineSettings::duration).orElse(DEFAULT_TIMEOUT);
    int parallel = parameter(parameters, PARALLEL).map(EngineSettings::parallel).orElse(DEFAULT_PARALLEL);
    Path reports = Path.of(parameter(parameters, REPORT_DIR).orElse(DEFAULT_REPORT_DIR));
    SuiteRunner.Settings runner = new SuiteRunner.Settings(new ReportFiles(reports), timeout, parallel,
        List.of(new PassRateGate(minPassRate)));

    boolean sandbox = parameter(parameters, SANDBOX).map(EngineSettings::bool).orElse(false);
    Optional<String> keyVariable = parameter(parameters, API_KEY_ENV);
    Optional<String> key = parameter(parameters, API_KEY);
    Optional<String> url = parameter(parameters, BASE_URL);
    if (sandbox) {
      if (keyVariable.isPresent() || key.isPresent() || url.isPresent()) {
        throw new UsageException(SANDBOX + "=true runs on an embedded sandbox; it cannot be combined with "
            + API_KEY + ", " + API_KEY_ENV + " or " + BASE_URL);
      }
      return new EngineSettings(null, null, runner, minPassRate);
    }
    String apiKey;
    if (keyVariable.isPresent()) {
      apiKey = nonBlank(environment.apply(keyVariable.get()))
          .orElseThrow(() -> new UsageException("No API key in the environment variable " + keyVariable.get()
              + " (named by " + API_KEY_ENV + "): it is unset or empty"));
    } else {
      apiKey = key.or(() -> nonBlank(environment.apply(KEY_VARIABLE))).orElseThrow(() -> new UsageException(
          "No target for the SigmaMind engine: set the configuration parameter " + SANDBOX + "=true to run on an "
              + "embedded sandbox (a simulated agent), or give an API key for SigmaMind's API with the configuration "
              + "parameter " + API_KEY + ", the " + KEY_VARIABLE + " environment variable, or " + API_KEY_ENV
              + "=NAME naming another environment variable (in junit-platform.properties or as -D system properties)."));
    }
    String base = url.or(() -> nonBlank(environment.apply(BASE_URL_VARIABLE))).orElse(DEFAULT_BASE_URL);
    return new EngineSettings(apiKey, base, runner, minPassRate);
  }

  /** Whether the suites run on an embedded sandbox. */
  boolean isSandbox() {
    return apiKey == null;
  }

  /** How the suite library runs the suites: reports, timeout, parallel suites, the pass-rate gate. */
  SuiteRunner.Settings runner() {
    return runner;
  }

  /** The lowest passing overall pass rate. */
  double minPassRate() {
    return minPassRate;
  }

  /**
   * Opens the chosen target (starting the sandbox, or a client for the API).
   *
   * @throws UsageException if the SDK settings in the environment are invalid
   */
  Target openTarget() {
    if (apiKey == null || baseUrl == null) {
      return Target.embeddedSandbox();
    }
    try {
      return Target.api(SigmaMindClient.builder().fromEnv().apiKey(apiKey).baseUrl(baseUrl).build(), baseUrl);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new UsageException("Invalid SDK settings: " + e.getMessage(), e);
    }
  }

  private static Optional<String> parameter(ConfigurationParameters parameters, String name) {
    return parameters.get(name).flatMap(EngineSettings::nonBlank);
  }

  private static Optional<String> nonBlank(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new UsageException(SANDBOX + " must be true or false, was '" + value + "'");
    };
  }

  private static double passRate(String value) {
    try {
      double rate = Double.parseDouble(value);
      if (rate >= 0 && rate <= 1) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // reported below, with the accepted range
    }
    throw new UsageException(MIN_PASS_RATE + " must be from 0 to 1 (0.8 means 80%), was '" + value + "'");
  }

  private static int parallel(String value) {
    try {
      int count = Integer.parseInt(value);
      if (count >= 1) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below, with the accepted range
    }
    throw new UsageException(PARALLEL + " must be a whole number of at least 1, was '" + value + "'");
  }

  static Duration duration(String value) {
    try {
      return DurationText.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(TIMEOUT + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "EngineSettings[" + (isSandbox() ? "sandbox" : "api at " + baseUrl) + ", min pass rate " + minPassRate + "]";
  }
}
