package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.ExitCode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch from start to verdicts with the SDK alone: creates two test cases on an agent, runs
 * them as one batch, waits with a progress callback, prints the report (per test case, then each
 * failed run's remarks), and deletes the test cases again, so nothing is left on the agent.
 *
 * <p>Without {@code SIGMAMIND_API_KEY} it runs on an embedded sandbox (the newer wire shape,
 * quick runs); with the key it uses SigmaMind's API and the agent given as the argument.
 *
 * <pre>{@code
 * java ai.sigmamind.samples.BatchRunExample                   # the sandbox's Demo Agent
 * SIGMAMIND_API_KEY=... java ai.sigmamind.samples.BatchRunExample AGENT_ID
 * }</pre>
 *
 * <p>Exit codes: 0 done, 2 wrong arguments or settings, 3 API error or timeout.
 */
public final class BatchRunExample {
  /** The sandbox's pre-seeded agent. */
  static final String DEMO_AGENT_ID = "mJzLaPEo425lieb9";

  private BatchRunExample() {
  }

  /** Runs the sample with the process environment and exits with its exit code (see above). */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    if (args.length > 1 || (args.length == 1 && args[0].isBlank())) {
      err.println("Usage: BatchRunExample [AGENT_ID]   (default: the sandbox's Demo Agent, " + DEMO_AGENT_ID + ")");
      return ExitCode.USAGE_ERROR.code();
    }
    String agentId = args.length == 1 ? args[0] : DEMO_AGENT_ID;
    SigmaMindSandbox.Builder sandbox = SigmaMindSandbox.builder().wireShape(WireShape.NEWER).pace(Duration.ofMillis(50));
    return ApiConnection.run(environment, sandbox, err, connection -> {
      out.println("Using " + connection.description());
      Agent agent = connection.client().agent(agentId);
      List<String> created = new ArrayList<>();
      try {
        created.add(agent.testCases().create(request -> request.label("Refund request")
            .userPrompt("You are a customer who wants a refund for a blender that arrived broken.")
            .successCriteria("Agent confirms the refund amount and when it reaches the card.")
            .attempt(3L)).testCaseId());
        created.add(agent.testCases().create(request -> request.label("Opening hours")
            .userPrompt("You are a customer who wants to know when the store opens on Sunday.")
            .successCriteria("Agent gives the Sunday opening hours.")
            .attempt(2L)).testCaseId());
        String batchId = agent.batchRuns().create(created).batchId();
        out.println("Started batch " + batchId + " with test cases " + String.join(", ", created));
        agent.batchRuns().waitForCompletion(batchId, connection.waitOptions().timeout(Duration.ofMinutes(20))
            .onProgress(progress -> out.println("  " + progress.done() + "/" + progress.total() + " runs judged"))
            .build());
        BatchReport report = agent.batchRuns().report(batchId);
        out.print(report.toTable());
        for (TestRun failed : report.failedRuns()) {
          TestCase testCase = failed.testCase();
          out.println("Failed: " + (testCase == null ? "?" : testCase.testCaseId()) + " (" + failed.jobId() + "): "
              + failed.remarks());
        }
      } finally {
        created.forEach(agent.testCases()::delete);
      }
      return ExitCode.OK.code();
    });
  }
}
