package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.report.TestRunPrinter;
import ai.sigmamind.sdk.models.TestRun;
import java.io.PrintStream;
import java.util.Map;

/**
 * The seed's call: fetch one test run ({@code GET /v1/test-runs/{jobId}}) and print its verdict,
 * remarks, test case and dates.
 *
 * <p>Without {@code SIGMAMIND_API_KEY} it starts an embedded sandbox holding the seed's run (by
 * the sandbox's provider state for it) and fetches that; with the key it asks SigmaMind's API
 * ({@code SIGMAMIND_BASE_URL} overrides the address). Ids default to the seed's.
 *
 * <pre>{@code
 * java ai.sigmamind.samples.Quickstart                                  # the seed's run, on the sandbox
 * SIGMAMIND_API_KEY=... java ai.sigmamind.samples.Quickstart AGENT_ID BATCH_ID JOB_ID
 * }</pre>
 *
 * <p>Exit codes: 0 printed, 2 wrong arguments or settings, 3 API error (e.g. no such run).
 */
public final class Quickstart {
  /** The seed's agent (Demo Agent), batch and job. */
  static final String SEED_AGENT_ID = "mJzLaPEo425lieb9";
  static final String SEED_BATCH_ID = "batch_s0OJu2JWR8R45Fai";
  static final String SEED_JOB_ID = "job_ksUu5yRHGTLLrLeM";

  private static final String USAGE = """
      Usage: Quickstart [AGENT_ID BATCH_ID JOB_ID]
        Fetches one test run and prints it. Ids default to the seed's run (%s %s %s).
        Runs on an embedded sandbox unless SIGMAMIND_API_KEY is set (SIGMAMIND_BASE_URL overrides the URL).
      """.formatted(SEED_AGENT_ID, SEED_BATCH_ID, SEED_JOB_ID);

  private Quickstart() {
  }

  /** Runs the sample and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the sample with the process environment.
   *
   * @return the exit code: 0 printed, 2 wrong arguments or settings, 3 API error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.print(USAGE);
      return ExitCode.OK.code();
    }
    if ((args.length != 0 && args.length != 3) || (args.length == 3 && anyBlank(args))) {
      err.println("Expected no arguments or three non-blank ids.");
      err.print(USAGE);
      return ExitCode.USAGE_ERROR.code();
    }
    String agentId = args.length == 3 ? args[0] : SEED_AGENT_ID;
    String batchId = args.length == 3 ? args[1] : SEED_BATCH_ID;
    String jobId = args.length == 3 ? args[2] : SEED_JOB_ID;
    return ApiConnection.run(environment, SigmaMindSandbox.builder(), err, connection -> {
      connection.sandbox().ifPresent(sandbox -> sandbox.setUpProviderState(
          "test run " + jobId + " of batch " + batchId + " exists and succeeded",
          Map.of("agentId", agentId, "batchId", batchId, "jobId", jobId)));
      out.println("Using " + connection.description());
      TestRun run = connection.client().agent(agentId).testRuns(batchId).get(jobId);
      TestRunPrinter.print(run, out);
      return ExitCode.OK.code();
    });
  }

  private static boolean anyBlank(String[] args) {
    for (String arg : args) {
      if (arg.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
