package ai.sigmamind.suite.report;

import ai.sigmamind.suite.SuiteResults;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteCase;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.ConversationRole;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML report's content and safety; how it renders is checked in a real browser by the CLI's tests. */
class HtmlReportTest {
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-26T10:52:45Z");
  private static final SuiteCase CASE = new SuiteCase("Refund <script>alert(1)</script>", "You are a customer.",
      "Agent helps.", 2, null, Map.of(), 3);

  @Test
  void failuresShowTheRemarksAndACollapsedTranscriptWithEverythingEscaped() {
    SuiteResult result = SuiteResults.of(CASE, "refunds", List.of(
        run("job_1", false, "Said \"<b>no</b>\" & left", List.of(
            ConversationMessage.builder().role(ConversationRole.USER).content("<img src=x onerror=alert(1)>").build(),
            ConversationMessage.builder().role(ConversationRole.AGENT).content("Sorry & goodbye").build())),
        run("job_2", true, "Fine.", List.of())), null);

    String html = HtmlReport.render(result);

    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<span id=\"verdict\" class=\"verdict FAILED\">FAILED</span>")
        .contains("<span id=\"target\" data-kind=\"sandbox\">" + HtmlReport.escape(SuiteResults.TARGET) + "</span>")
        .contains("<b id=\"total-runs\">2</b>", "<b id=\"total-passed\">1</b>", "<b id=\"total-pass-rate\">50.0%</b>")
        .contains("data-label=\"Refund &lt;script&gt;alert(1)&lt;/script&gt;\" data-pass-rate=\"0.5000\"")
        .contains("<p class=\"remarks\">Said &quot;&lt;b&gt;no&lt;/b&gt;&quot; &amp; left</p>")
        .contains("<details class=\"transcript\"><summary>Transcript (2 messages)</summary>")
        .contains("<span class=\"role\">user</span>&lt;img src=x onerror=alert(1)&gt;</li>")
        .contains("gate-failed")
        .doesNotContain("<script", "<img", "<link", "src=\"", "href=\"http", "url(");
  }

  @Test
  void anIncompleteRunSaysWhyAndCountsTheUnjudged() {
    SuiteResult result = SuiteResults.of(CASE, "refunds", List.of(run("job_1", null, null, List.of())),
        "Interrupted (Ctrl-C) while waiting");

    String html = HtmlReport.render(result);

    assertThat(html).contains("class=\"verdict INCOMPLETE\"", "INCOMPLETE: Interrupted (Ctrl-C) while waiting",
        "<b id=\"total-pending\">1</b>", "<b id=\"total-pass-rate\">n/a</b>", "No run failed.");
  }

  @Test
  void theMarkdownSummaryListsTheSuitesThatCouldNotRunThenOneRowPerSuiteAndEachFailure() {
    SuiteResult result = SuiteResults.of(CASE, "refunds|v2", List.of(run("job_1", false, "Rude | *very*", List.of())), null);

    String markdown = MarkdownSummary.render(List.of(result), List.of("other: API error: 503 Service Unavailable"));

    assertThat(markdown).startsWith("## sigmamind suite run: INCOMPLETE\n\n- Could not run: other: API error: 503 Service Unavailable\n\nTarget: **" + SuiteResults.TARGET + "**\n")
        .contains("| refunds\\|v2 | `agent_1` | `batch_1` | 1 | 0 | 1 | 0 | 0.0% | FAILED: pass rate 0.0% is below")
        .contains("- **Refund &lt;script>alert(1)&lt;/script>**, attempt 1 (`job_1`): Rude \\| \\*very\\*");
  }

  private static TestRun run(String jobId, Boolean successful, String remarks, List<ConversationMessage> conversation) {
    return TestRun.builder().batchId("batch_1").jobId(jobId).testCase(TestCase.builder().testCaseId("tc_1").build())
        .createdDate(START).completedDate(successful == null ? null : START.plusSeconds(3)).successful(successful)
        .remarks(remarks).conversation(conversation).build();
  }
}
