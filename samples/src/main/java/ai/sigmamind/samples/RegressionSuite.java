package ai.sigmamind.samples;

import ai.sigmamind.samples.SyncResult.Action;
import ai.sigmamind.samples.SyncResult.SyncedCase;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps an agent's test cases in a YAML file and gates CI on them: syncs the suite to the agent
 * (by label: creates the missing, updates the changed, leaves the rest), runs the suite as one
 * batch with a live progress line, prints a per-test-case table with each failure's remarks,
 * writes JUnit XML and a JSON result, and exits non-zero when the pass rate is under the minimum.
 * The format of the suite file is described in {@code SuiteFile}; {@code samples/suites/demo-agent.yaml}
 * is an example.
 *
 * <p>Without {@code SIGMAMIND_API_KEY} it runs on an embedded sandbox (newer wire shape, runs
 * complete in a second or two; unmarked test cases pass, and the sandbox markers such as
 * {@code [sandbox:flaky]} decide the others), so the example gives the same result everywhere.
 *
 * <pre>{@code
 * java ai.sigmamind.samples.RegressionSuite --min-pass-rate 0.8
 * SIGMAMIND_API_KEY=... java ai.sigmamind.samples.RegressionSuite --suite my-agent.yaml --timeout 20m
 * }</pre>
 *
 * <p>Exit codes: 0 the pass rate met the minimum, 1 it is below, 2 usage or suite-file error, 3
 * API error, timeout, or test cases that cannot be matched by label.
 */
public final class RegressionSuite {
  /** How far apart the embedded sandbox completes runs: quick, yet slow enough to watch. */
  static final Duration SANDBOX_PACE = Duration.ofMillis(100);

  private RegressionSuite() {
  }

  /** Runs the suite and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the suite with the process environment; the progress line is redrawn in place only when
   * {@code out} is standard output on a terminal.
   *
   * @return the exit code (see the class documentation)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv(), out == System.out && Terminal.isInteractive());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
      boolean liveProgress) {
    SuiteOptions options;
    try {
      options = SuiteOptions.parse(args);
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println("Run with --help for the flags.");
      return ExitCode.USAGE_ERROR.code();
    }
    if (options.help()) {
      out.print(SuiteOptions.USAGE);
      return ExitCode.OK.code();
    }
    try {
      return runSuite(options, out, environment, liveProgress).code();
    } catch (UsageException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE_ERROR.code();
    } catch (SyncConflictException e) {
      err.println("Cannot sync the suite: " + e.getMessage());
      return ExitCode.API_ERROR.code();
    } catch (SigmaMindException e) {
      err.println("API error: " + e.getMessage());
      return ExitCode.API_ERROR.code();
    }
  }

  /** Read, sync, run, report: everything after the flags. The verdict line goes to stdout. */
  private static ExitCode runSuite(SuiteOptions options, PrintStream out, Map<String, String> environment,
      boolean liveProgress) {
    Suite suite = SuiteFile.read(options.suite());
    try (ApiConnection connection = ApiConnection.open(environment, sandboxConfiguration())) {
      out.println("Suite " + suite.name() + " (" + suite.file() + "): " + plural(suite.testCases().size(), "test case")
          + " for agent " + suite.agentId() + " on " + connection.description());
      Agent agent = connection.client().agent(suite.agentId());
      SyncResult sync = new SuiteSync(agent.testCases()).sync(suite);
      printSync(sync, out);
      BatchExecution.Outcome outcome = new BatchExecution(agent.batchRuns(), connection.waitOptions(), out, liveProgress)
          .run(sync.testCaseIds(), options.timeout());
      SuiteResult result = SuiteResult.of(suite, sync, outcome, options.minPassRate());
      out.println();
      out.print(ResultTable.render(result));
      JUnitXmlWriter.write(result, options.junitXml());
      JsonResultWriter.write(result, options.json());
      out.println();
      out.println("Wrote " + options.junitXml() + " and " + options.json());
      out.println(result.verdictLine());
      return result.exitCode();
    }
  }

  /**
   * The embedded sandbox: the newer wire shape (labels and transcripts), every unmarked run
   * passing so the markers alone decide failures, and a quick pace.
   */
  static SigmaMindSandbox.Builder sandboxConfiguration() {
    return SigmaMindSandbox.builder().wireShape(WireShape.NEWER).passProbability(1.0).pace(SANDBOX_PACE);
  }

  private static void printSync(SyncResult sync, PrintStream out) {
    out.println("Synced test cases: " + sync.summary());
    for (SyncedCase synced : sync.cases()) {
      if (synced.action() != Action.UNCHANGED) {
        out.println("  " + synced.action().name().toLowerCase(Locale.ROOT) + " '" + synced.testCase().label()
            + "' (" + synced.testCaseId() + ")"
            + (synced.changedFields().isEmpty() ? "" : ": " + String.join(", ", synced.changedFields())));
      }
    }
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
