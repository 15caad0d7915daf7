package ai.sigmamind.maven;

import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.PassRateGate;
import ai.sigmamind.suite.ProgressDisplay;
import ai.sigmamind.suite.ReportFiles;
import ai.sigmamind.suite.ResultTable;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
  /** Made by Maven, which then sets the parameters below from the POM and {@code -D} properties. */
  public RunSuiteMojo() {
  }

  /** Suite files (YAML), one agent each (the CLI's FILE arguments). */
  @Parameter(property = "sigmamind.suites", required = true)
  List<File> suites = new ArrayList<>();

  /** Run on an embedded sandbox: a simulated agent, for trying the plugin out (the CLI's --sandbox). */
  @Parameter(property = "sigmamind.sandbox", defaultValue = "false")
  boolean sandbox;

  /** The API key; prefer the SIGMAMIND_API_KEY environment variable or apiKeyEnv, which keep it out of the POM. */
  @Parameter(property = "sigmamind.apiKey")
  @Nullable String apiKey;

  /** Read the API key from this environment variable (the CLI's --api-key-env). */
  @Parameter(property = "sigmamind.apiKeyEnv")
  @Nullable String apiKeyEnv;

  /** Read the API key from this file's first line (the CLI's --api-key-file). */
  @Parameter(property = "sigmamind.apiKeyFile")
  @Nullable File apiKeyFile;

  /** The API's base URL (default: SIGMAMIND_BASE_URL, else https://api.sigmamind.ai; the CLI's --base-url). */
  @Parameter(property = "sigmamind.baseUrl")
  @Nullable String baseUrl;

  /** Lowest passing overall pass rate per suite, 0 to 1 (the CLI's --min-pass-rate). */
  @Parameter(property = "sigmamind.minPassRate", defaultValue = "0.8")
  double minPassRate = 0.8;

  /** How long to wait for each batch: 90s, 20m, 1h or PT20M (the CLI's --timeout). */
  @Parameter(property = "sigmamind.timeout", defaultValue = "30m")
  String timeout = "30m";

  /** How many suites run at a time (the CLI's --parallel). */
  @Parameter(property = "sigmamind.parallel", defaultValue = "4")
  int parallel = 4;

  /** Where the reports and the result go (the CLI's --report-dir). */
  @Parameter(property = "sigmamind.reportDir", defaultValue = "${project.build.directory}/sigmamind")
  File reportDirectory = new File("target/sigmamind");

  /** Skip the suites (and verify's gate). */
  @Parameter(property = "sigmamind.skip", defaultValue = "false")
  boolean skip;

  Function<String, @Nullable String> environment = System::getenv;
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
    if (suites.isEmpty()) {
      throw new UsageException("No suite files: list them in <suites> or -Dsigmamind.suites=a.yaml,b.yaml");
    }
    if (!(minPassRate >= 0 && minPassRate <= 1)) {
      throw new UsageException("minPassRate must be from 0 to 1 (0.8 means 80%), was " + minPassRate);
    }
    if (parallel < 1) {
      throw new UsageException("parallel must be at least 1, was " + parallel);
    }
    List<Suite> read = suites.stream().map(file -> SuiteFile.read(file.toPath())).toList();
    SuiteRunner.Settings settings = new SuiteRunner.Settings(new ReportFiles(reportDirectory.toPath()), duration(timeout),
        parallel, List.of(new PassRateGate(minPassRate)));
    TargetSelection selection = new TargetSelection(sandbox, apiKey, apiKeyEnv, apiKeyFile, baseUrl);
    // The verdict of an earlier build must not pass for this one's.
    Files.deleteIfExists(SuiteResultFile.in(reportDirectory.toPath()));
    SuiteRunner.check(read, settings, !sandbox);
    Clock clock = Clock.systemUTC();
    SuiteRunner.Outcome outcome;
    try (Target target = selection.open(environment)) {
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
    new SuiteResultFile(outcome.exitCode().code(), String.join("\n", lines)).write(reportDirectory.toPath());
    getLog().info(outcome.reportFilesLine(reportDirectory.toPath()));
    lines.forEach(line -> getLog().info(line));
  }

  /** {@code 90s}, {@code 20m}, {@code 1h} or ISO-8601 ({@code PT20M}). */
  static Duration duration(String value) {
    String iso = value.strip().toUpperCase(Locale.ROOT);
    try {
      Duration duration = Duration.parse(iso.startsWith("PT") ? iso : "PT" + iso);
      if (!duration.isNegative() && !duration.isZero()) {
        return duration;
      }
    } catch (DateTimeParseException e) {
      // reported below, with the accepted forms
    }
    throw new UsageException("timeout must be a positive duration such as 90s, 20m, 1h or PT20M, was '" + value + "'");
  }
}
