package ai.sigmamind.suite.report;

import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Prints one test run for a person: verdict and remarks first, then the test case it ran, its
 * dates and, when the API returns one, the transcript.
 *
 * <pre>{@code
 * TestRunPrinter.print(client.agent(agentId).testRuns(batchId).get(jobId), System.out);
 * }</pre>
 */
public final class TestRunPrinter {
  private TestRunPrinter() {
  }

  /**
   * Prints {@code run} to {@code out}.
   *
   * @param run the run as the API returned it; absent fields print as {@code -}
   * @param out where the lines go
   */
  public static void print(TestRun run, PrintStream out) {
    out.println("Test run " + run.jobId() + " of batch " + run.batchId() + agent(run.agent()));
    out.println("  verdict:          " + verdict(run.successful()));
    out.println("  remarks:          " + orDash(run.remarks()));
    TestCase testCase = run.testCase();
    if (testCase != null) {
      out.println("  test case:        " + testCase.testCaseId() + (testCase.label() == null ? "" : " (" + testCase.label() + ")"));
      out.println("  user prompt:      " + orDash(testCase.userPrompt()));
      out.println("  success criteria: " + orDash(testCase.successCriteria()));
      out.println("  attempts:         " + (testCase.attempt() == null ? "-" : testCase.attempt())
          + ", simulated by " + orDash(testCase.llmModel()));
      out.println("  mock data:        " + (testCase.mockData().isEmpty() ? "-" : testCase.mockData().stream()
          .map(TestRunPrinter::variable).collect(Collectors.joining(", "))));
    }
    out.println("  chat:             " + orDash(run.chatId()));
    out.println("  created:          " + date(run.createdDate()));
    out.println("  completed:        " + date(run.completedDate()));
    if (!run.conversation().isEmpty()) {
      out.println("  transcript:");
      for (ConversationMessage message : run.conversation()) {
        out.println("    " + message.role().value() + ": " + message.content());
      }
    }
  }

  /** {@code true} passed, {@code false} failed, null: the judge has not spoken yet. */
  static String verdict(@Nullable Boolean successful) {
    return successful == null ? "PENDING (not judged yet)" : successful ? "PASSED" : "FAILED";
  }

  private static String agent(@Nullable AgentSummary agent) {
    if (agent == null) {
      return "";
    }
    return ", agent " + (agent.name() == null ? agent.agentId() : agent.name() + " (" + agent.agentId() + ")");
  }

  private static String variable(MockDataVariable variable) {
    return variable.variableName() + "=" + variable.value();
  }

  private static String date(@Nullable OffsetDateTime date) {
    return date == null ? "-" : date.toString();
  }

  private static String orDash(@Nullable String text) {
    return text == null || text.isBlank() ? "-" : text.strip();
  }
}
