package ai.sigmamind.suite.report;

import ai.sigmamind.suite.SuiteResults;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteCase;
import ai.sigmamind.suite.PassRateGate;
import ai.sigmamind.suite.GateVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.ConversationRole;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML stays well-formed whatever the API's text contains. */
class JUnitXmlWriterTest {
  private static final String LABEL = "Refund <v2> & \"quotes\"";
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-26T10:52:45.565Z");

  @TempDir
  Path directory;

  @Test
  void markupQuotesAndControlCharactersInRemarksAndTranscriptsAreWrittenSafely() throws Exception {
    String remarks = "Said \"<refund>\" & 'left' ]]> \u0007bell \uD83D\uDE00";
    TestRun failed = run("job_1", false, remarks, List.of(
        message(ConversationRole.USER, "I want <b>my money</b> & now\u0000"),
        message(ConversationRole.AGENT, "Sorry ]]> no")));
    TestRun passed = run("job_2", true, "Fine.", List.of());
    TestRun pending = run("job_3", null, null, List.of());
    SuiteResult result = result(List.of(failed, passed, pending), "Batch batch_1 not complete after PT1S: 2/3 runs judged");
    Path file = write(result);

    Element suite = SuiteResults.parseXml(file).getDocumentElement();
    assertThat(suite.getAttribute("name")).isEqualTo("tricky & <suite>");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-03-26T10:52:45");
    NodeList testCases = suite.getElementsByTagName("testcase");
    assertThat(testCases.getLength()).isEqualTo(3);
    Element first = (Element) testCases.item(0);
    assertThat(first.getAttribute("name")).isEqualTo(LABEL + ", attempt 1");
    assertThat(first.getAttribute("time")).isEqualTo("12.000");
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("Said \"<refund>\" & 'left' ]]> \uFFFDbell \uD83D\uDE00");
    assertThat(failure.getTextContent()).isEqualTo("user: I want <b>my money</b> & now\uFFFD\nagent: Sorry ]]> no");
    assertThat(first.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("jobId: job_1\nchatId: chat_job_1\ntestCaseId: tc_1");
    Element second = (Element) testCases.item(1);
    assertThat(second.getElementsByTagName("failure").getLength()).isZero();
    assertThat(second.getElementsByTagName("error").getLength()).isZero();
    Element error = (Element) ((Element) testCases.item(2)).getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("Not judged: Batch batch_1 not complete after PT1S: 2/3 runs judged");
    assertThat(properties(suite)).containsEntry("batchId", "batch_1").containsEntry("passRate", "0.5")
        .containsEntry("target", "sandbox").containsEntry("targetDescription", SuiteResults.TARGET)
        .containsEntry("verdict", "INCOMPLETE");
  }

  @Test
  void aFailedRunWithoutTranscriptSaysSo() throws Exception {
    SuiteResult result = result(List.of(run("job_1", false, null, List.of())), null);
    Path file = write(result);

    Element failure = (Element) SuiteResults.parseXml(file).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("Failed, without remarks");
    assertThat(failure.getTextContent()).isEqualTo("The API returned no transcript for this run.");
  }

  @Test
  void eachGatesVerdictIsAProperty() throws Exception {
    SuiteResult result = result(List.of(run("job_1", true, null, List.of())), null).judgedBy(List.of(new PassRateGate(0.8),
        judged -> new GateVerdict("baseline", false, "pass rate fell by 30 points")));

    Map<String, String> properties = properties(SuiteResults.parseXml(write(result)).getDocumentElement());

    assertThat(properties).containsEntry("verdict", "FAILED")
        .containsEntry("gate.pass-rate", "passed: pass rate 100.0% meets the minimum of 80.0%")
        .containsEntry("gate.baseline", "failed: pass rate fell by 30 points");
  }

  private Path write(SuiteResult result) throws IOException {
    Path file = directory.resolve("junit.xml");
    try (Writer writer = Files.newBufferedWriter(file)) {
      JUnitXmlWriter.write(result, writer);
    }
    return file;
  }

  private static Map<String, String> properties(Element suite) {
    NodeList properties = suite.getElementsByTagName("property");
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      values.put(property.getAttribute("name"), property.getAttribute("value"));
    }
    return values;
  }

  private static SuiteResult result(List<TestRun> runs, @Nullable String incomplete) {
    return SuiteResults.of(new SuiteCase(LABEL, "You are a customer.", "Agent helps.", runs.size(), null, Map.of(), 3),
        "tricky & <suite>", runs, incomplete);
  }

  private static TestRun run(String jobId, @Nullable Boolean successful, @Nullable String remarks,
      List<ConversationMessage> conversation) {
    return TestRun.builder()
        .batchId("batch_1")
        .jobId(jobId)
        .chatId("chat_" + jobId)
        .testCase(TestCase.builder().testCaseId("tc_1").build())
        .createdDate(START)
        .completedDate(successful == null ? null : START.plusSeconds(12))
        .successful(successful)
        .remarks(remarks)
        .conversation(conversation)
        .build();
  }

  private static ConversationMessage message(ConversationRole role, String content) {
    return ConversationMessage.builder().role(role).content(content).build();
  }
}
