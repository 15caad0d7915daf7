package ai.sigmamind.maven;

import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ResultTable;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.settings.Door;
import ai.sigmamind.suite.settings.RunOptions;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.SettingsRegistry;
import ai.sigmamind.suite.settings.TargetChoice;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Runs agent regression suites like {@code sigmamind suite run}: syncs each suite's test cases to
 * its agent, runs one batch per suite, waits, and writes the reports (JUnit XML, JSON, HTML per
 * suite, {@code summary.md}) and the result {@code verify} reads. It never fails the build for a
 * failed gate itself (that is {@code verify}'s job, so the reports are written first); missing or
 * invalid configuration, such as no target, fails it at once, before any request.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>ai.sigmamind</groupId>
 *   <artifactId>sigmamind-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>run-suite</goal><goal>verify</goal></goals></execution></executions>
 *   <configuration><suites><suite>src/test/sigmamind/demo-agent.yaml</suite></suites></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "run-suite", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true, requiresProject = true)
public final class RunSuiteMojo extends AbstractMojo {
  /** The settings whose parameters are not text: bound by this mojo itself, not through {@link #given()}. */
  private static final Set<Setting> READ_AS_THEMSELVES = Set.of(SettingsRegistry.SUITES, SettingsRegistry.REPORT_DIR,
      SettingsRegistry.SKIP);

  /** Made by Maven, which then sets the parameters below from the POM and {@code -D} properties. */
  public RunSuiteMojo() {
  }

  /** Suite files (YAML), one agent each (the CLI's FILE arguments). */
  @Parameter(property = "sigmamind.suites", required = true)
  List<File> suites = new ArrayList<>();

  /** Run on an embedded sandbox: a simulated agent, for trying the plugin out (the CLI's --sandbox). */
  @Parameter(property = "sigmamind.sandbox")
  @Nullable String sandbox;

  /** The API key; prefer the SIGMAMIND_API_KEY environment variable or apiKeyEnv, which keep it out of the POM. */
  @Parameter(property = "sigmamind.apiKey")
  @Nullable String apiKey;

  /** Read the API key from this environment variable (the CLI's --api-key-env). */
  @Parameter(property = "sigmamind.apiKeyEnv")
  @Nullable String apiKeyEnv;

  /** Read the API key from this file's first line (the CLI's --api-key-file). */
  @Parameter(property = "sigmamind.apiKeyFile")
  @Nullable String apiKeyFile;

  /** The API's base URL (default: SIGMAMIND_BASE_URL, else https://api.sigmamind.ai; the CLI's --base-url). */
  @Parameter(property = "sigmamind.baseUrl")
  @Nullable String baseUrl;

  /** Lowest passing overall pass rate per suite, 0 to 1; default 0.8, with a baseline too; 0 = off (the CLI's --min-pass-rate). */
  @Parameter(property = "sigmamind.minPassRate")
  @Nullable String minPassRate;

  /** Compare with this recorded baseline, one suite only (the CLI's --baseline). */
  @Parameter(property = "sigmamind.baseline")
  @Nullable String baseline;

  /** With a baseline: the smallest drop in a case's pass rate that fails the gate (the CLI's --min-drop). */
  @Parameter(property = "sigmamind.minDrop")
  @Nullable String minDrop;

  /** With a baseline: the accepted chance of a false alarm over all cases (the CLI's --alpha). */
  @Parameter(property = "sigmamind.alpha")
  @Nullable String alpha;

  /** With a baseline: the most attempts to re-run suspect cases in one confirmation batch; default 24, 0 = off (the CLI's --confirm-budget). */
  @Parameter(property = "sigmamind.confirmBudget")
  @Nullable String confirmBudget;

  /** After a complete run, record it as each suite's baseline and append it to its history (the CLI's --record-baseline). */
  @Parameter(property = "sigmamind.recordBaseline")
  @Nullable String recordBaseline;

  /** How long to wait for each batch: 90s, 20m, 1h30m or PT20M; default 30m (the CLI's --timeout). */
  @Parameter(property = "sigmamind.timeout")
  @Nullable String timeout;

  /** How many suites run at a time; default 4 (the CLI's --parallel). */
  @Parameter(property = "sigmamind.parallel")
  @Nullable String parallel;

  /** Where the reports and the result go (the CLI's --report-dir). */
  @Parameter(property = "sigmamind.reportDir", defaultValue = "${project.build.directory}/sigmamind")
  File reportDirectory = new File("target/sigmamind");

  /** The SDK's connect timeout: a duration, default 10s (SIGMAMIND_CONNECT_TIMEOUT). */
  @Parameter(property = "sigmamind.connectTimeout")
  @Nullable String connectTimeout;

  /** The SDK's per-attempt timeout: a duration, default 30s (SIGMAMIND_ATTEMPT_TIMEOUT). */
  @Parameter(property = "sigmamind.attemptTimeout")
  @Nullable String attemptTimeout;

  /** The SDK's deadline per call: a duration, default 2m (SIGMAMIND_OVERALL_TIMEOUT). */
  @Parameter(property = "sigmamind.overallTimeout")
  @Nullable String overallTimeout;

  /** How often the SDK retries a failed call; default 2 (SIGMAMIND_MAX_RETRIES). */
  @Parameter(property = "sigmamind.maxRetries")
  @Nullable String maxRetries;

  /** What the SDK logs: NONE, BASIC or HEADERS (SIGMAMIND_LOG_LEVEL). */
  @Parameter(property = "sigmamind.logLevel")
  @Nullable String logLevel;

  /** Appended to the SDK's User-Agent (SIGMAMIND_APP_INFO). */
  @Parameter(property = "sigmamind.appInfo")
  @Nullable String appInfo;

  /** Skip the suites (and verify's gate). */
  @Parameter(property = "sigmamind.skip", defaultValue = "false")
  boolean skip;

  /** The build's -D properties: every sigmamind.* one must be a setting, and the SDK's settings are read from them. */
  @Parameter(defaultValue = "${session.userProperties}", readonly = true)
  Properties userProperties = new Properties();

  Map<String, String> environment = System.getenv();
  PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("SigmaMind suites skipped (sigmamind.skip)");
      return;
    }
    try {
      run();
    } catch (UsageException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the result to " + SuiteResultFile.in(reportDirectory.toPath()), e);
    }
  }

  private void run() throws IOException {
    // The verdict of an earlier build must not pass for this one's, even when this one stops at its settings.
    Files.deleteIfExists(SuiteResultFile.in(reportDirectory.toPath()));
    if (suites.isEmpty()) {
      throw new UsageException("No suite files: list them in <suites> or -Dsigmamind.suites=a.yaml,b.yaml");
    }
    SettingsRegistry.checkKeys(Door.PLUGIN, userProperties.stringPropertyNames());
    SettingsRegistry.environmentWarnings(environment).forEach(getLog()::warn);
    List<Suite> read = SuiteFile.readAll(suites.stream().map(File::toPath).toList());
    Map<Setting, String> given = given();
    SettingValues values = SettingValues.of(Door.PLUGIN, given::get, key -> SettingsRegistry.byProperty(key)
        .map(given::get).orElseGet(() -> userProperties.getProperty(key, System.getProperty(key))), environment::get);
    SuiteRunner.Settings settings = RunOptions.read(values, reportDirectory.toPath(), read);
    RunOptions.Keeping keeping = RunOptions.keeping(values, read);
    TargetChoice choice = TargetChoice.read(values);
    SuiteRunner.check(read, settings, !choice.isSandbox());
    Clock clock = Clock.systemUTC();
    SuiteRunner.Outcome outcome;
    try (Target target = choice.open()) {
      getLog().info("SigmaMind target: " + target.description());
      outcome = new SuiteRunner(target, settings, ProgressDisplay.of(out, clock, false), new Interruption(),
          clock).run(read);
    }
    List<String> lines = new ArrayList<>();
    for (SuiteResult result : outcome.results()) {
      out.print(ResultTable.render(result));
      lines.add(result.suite().name() + ": " + result.verdictLine());
    }
    lines.addAll(outcome.errors());
    keeping.keep(outcome).forEach(getLog()::info);
    new SuiteResultFile(outcome.exitCode().code(), String.join("\n", lines)).write(reportDirectory.toPath());
    getLog().info(outcome.reportFilesLine(reportDirectory.toPath()));
    lines.forEach(line -> getLog().info(line));
  }

  /**
   * The parameters bound to the registry's settings, by setting; unset ones are left out. Each
   * setting's {@link Setting#pluginParameter()} names its field here (PluginParametersTest checks that
   * the descriptor's parameters are exactly the registry's), so a new setting needs only its field.
   * The suites, the report directory and skip are read above, as what they are.
   */
  private Map<Setting, String> given() {
    Map<Setting, String> given = new HashMap<>();
    for (Setting setting : SettingsRegistry.all()) {
      String parameter = setting.pluginParameter();
      if (parameter != null && !READ_AS_THEMSELVES.contains(setting)) {
        Object value = parameter(parameter);
        if (value != null) {
          given.put(setting, String.valueOf(value));
        }
      }
    }
    return given;
  }

  private @Nullable Object parameter(String name) {
    try {
      return RunSuiteMojo.class.getDeclaredField(name).get(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("run-suite has no parameter " + name + " for the registry's setting", e);
    }
  }
}
