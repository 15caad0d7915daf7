package ai.sigmamind.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regression suite's command line. Defaults point at the shipped example suite and at
 * {@code target/regression/} of the samples module, whether the program starts in the repository
 * root or in {@code samples/}.
 *
 * <pre>{@code
 * SuiteOptions options = SuiteOptions.parse(new String[] {"--min-pass-rate", "0.9", "--timeout", "10m"});
 * }</pre>
 *
 * @param suite the suite file
 * @param minPassRate the lowest passing overall pass rate, 0 to 1
 * @param junitXml where the JUnit XML goes
 * @param json where the JSON result goes
 * @param timeout how long to wait for the batch
 * @param help whether only the usage was asked for
 */
record SuiteOptions(Path suite, double minPassRate, Path junitXml, Path json, Duration timeout, boolean help) {
  static final double DEFAULT_MIN_PASS_RATE = 0.8;
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  static final String USAGE = """
      Usage: RegressionSuite [--suite FILE] [--min-pass-rate R] [--junit-xml FILE] [--json FILE] [--timeout DURATION]
        Syncs the suite's test cases to its agent (by label), runs them as one batch, prints a table,
        writes JUnit XML and JSON, and fails when the overall pass rate is under the minimum.

        --suite FILE          suite file (default: %s)
        --min-pass-rate R     lowest passing pass rate, 0 to 1 (default: %s)
        --junit-xml FILE      JUnit XML output (default: %s)
        --json FILE           JSON output (default: %s)
        --timeout DURATION    how long to wait for the batch: 90s, 20m, 1h, 500ms or PT20M (default: 30m)
        --help                print this and exit

        Runs on an embedded sandbox unless SIGMAMIND_API_KEY is set (SIGMAMIND_BASE_URL overrides the URL).
        Exit codes: 0 pass rate met, 1 below the minimum, 2 usage or suite-file error,
                    3 API error, timeout, or test cases that cannot be matched by label.
      """.formatted(defaultSuite(), DEFAULT_MIN_PASS_RATE, defaultJunitXml(), defaultJson());

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  /** @throws UsageException for an unknown flag, a missing value or a value out of range */
  static SuiteOptions parse(String[] args) {
    Path suite = defaultSuite();
    double minPassRate = DEFAULT_MIN_PASS_RATE;
    Path junitXml = defaultJunitXml();
    Path json = defaultJson();
    Duration timeout = DEFAULT_TIMEOUT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return new SuiteOptions(suite, minPassRate, junitXml, json, timeout, true);
      }
      int equals = arg.indexOf('=');
      String flag = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String value;
      if (flag.length() < arg.length()) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(isFlag(flag) ? flag + " needs a value" : "Unknown argument '" + arg + "'");
      }
      switch (flag) {
        case "--suite" -> suite = Path.of(nonBlank(flag, value));
        case "--min-pass-rate" -> minPassRate = passRate(value);
        case "--junit-xml" -> junitXml = Path.of(nonBlank(flag, value));
        case "--json" -> json = Path.of(nonBlank(flag, value));
        case "--timeout" -> timeout = duration(value);
        default -> throw new UsageException("Unknown argument '" + arg + "'");
      }
    }
    return new SuiteOptions(suite, minPassRate, junitXml, json, timeout, false);
  }

  /** The samples module: the working directory, or its {@code samples/} when started from the repository root. */
  private static Path moduleDirectory() {
    return Files.isRegularFile(Path.of("suites", "demo-agent.yaml")) ? Path.of("") : Path.of("samples");
  }

  private static Path defaultSuite() {
    return moduleDirectory().resolve("suites").resolve("demo-agent.yaml");
  }

  private static Path defaultJunitXml() {
    return moduleDirectory().resolve("target").resolve("regression").resolve("TEST-regression-suite.xml");
  }

  private static Path defaultJson() {
    return moduleDirectory().resolve("target").resolve("regression").resolve("regression-suite.json");
  }

  private static boolean isFlag(String flag) {
    return switch (flag) {
      case "--suite", "--min-pass-rate", "--junit-xml", "--json", "--timeout" -> true;
      default -> false;
    };
  }

  private static String nonBlank(String flag, String value) {
    if (value.isBlank()) {
      throw new UsageException(flag + " needs a value");
    }
    return value;
  }

  private static double passRate(String text) {
    double rate;
    try {
      rate = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new UsageException("--min-pass-rate must be a number from 0 to 1, was '" + text + "'");
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new UsageException("--min-pass-rate must be from 0 to 1 (0.8 means 80%), was '" + text + "'");
    }
    return rate;
  }

  /** {@code 90s}, {@code 20m}, {@code 1.5h}, {@code 500ms} or ISO-8601 ({@code PT20M}); positive. */
  static Duration duration(String text) {
    Duration duration;
    Matcher simple = SIMPLE_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    try {
      if (simple.matches()) {
        double amount = Double.parseDouble(simple.group(1));
        long millisPerUnit = switch (simple.group(2)) {
          case "ms" -> 1;
          case "s" -> 1_000;
          case "m" -> 60_000;
          default -> 3_600_000;
        };
        duration = Duration.ofMillis(Math.round(amount * millisPerUnit));
      } else {
        duration = Duration.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      duration = Duration.ZERO;
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new UsageException("--timeout must be a positive duration such as 90s, 20m, 1h or PT20M, was '" + text + "'");
    }
    return duration;
  }
}
