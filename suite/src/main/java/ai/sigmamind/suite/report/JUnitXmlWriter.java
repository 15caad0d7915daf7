package ai.sigmamind.suite.report;

import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.StatisticalVerdict;
import ai.sigmamind.suite.GateVerdict;
import ai.sigmamind.suite.SuiteResult.RunResult;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.stats.CaseComparison;
import ai.sigmamind.suite.stats.CaseVerdict;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link SuiteResult} as JUnit XML, the format CI servers chart: one {@code testsuite},
 * the target, batch and gate verdicts as properties (with a baseline, the statistical verdict of each
 * compared test case as a {@code baseline.<label>} property and as a testcase {@code <label>, against the baseline},
 * failed when it regressed), one {@code testcase} per run (named by label and attempt, so history lines up across runs), a
 * {@code failure} per failed run with the judge's remarks as message and the transcript as
 * content, an {@code error} per run not judged in time (and, for an incomplete run, why as the
 * {@code incomplete} property). Text is escaped by the StAX writer, and
 * characters XML 1.0 cannot hold at all are replaced with U+FFFD.
 *
 * <pre>{@code
 * JUnitXmlWriter.write(result, writer);
 * }</pre>
 */
final class JUnitXmlWriter {
  private static final String INDENT = "\n  ";

  private JUnitXmlWriter() {
  }

  /** @throws IOException if {@code writer} fails */
  static void write(SuiteResult result, Writer writer) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
      writeSuite(result, xml);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void writeSuite(SuiteResult result, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuite");
    attribute(xml, "name", result.suite().name());
    List<CaseComparison> compared = result.statistics().map(statistics -> statistics.comparison().cases()).orElse(List.of());
    boolean unjudged = unjudgedWithEveryRunJudged(result);
    attribute(xml, "tests", String.valueOf(result.runs().size() + compared.size() + (unjudged ? 1 : 0)));
    attribute(xml, "failures", String.valueOf(result.failed()
        + compared.stream().filter(comparison -> comparison.verdict() == CaseVerdict.REGRESSED).count()));
    attribute(xml, "errors", String.valueOf(result.pending() + (unjudged ? 1 : 0)));
    attribute(xml, "skipped", "0");
    attribute(xml, "time", seconds(result.runs().stream().map(run -> duration(run.run()))
        .reduce(Duration.ZERO, Duration::plus)));
    Optional<OffsetDateTime> start = result.runs().stream().map(run -> run.run().createdDate())
        .filter(Objects::nonNull).min(Comparator.naturalOrder());
    if (start.isPresent()) {
      attribute(xml, "timestamp",
          LocalDateTime.ofInstant(start.get().toInstant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
    }
    writeProperties(result, xml);
    for (RunResult run : result.runs()) {
      writeTestCase(result, run, xml);
    }
    for (CaseComparison comparison : compared) {
      writeComparison(result, comparison, xml);
    }
    if (unjudged) {
      writeUnjudged(result, xml);
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private static void writeProperties(SuiteResult result, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters(INDENT);
    xml.writeStartElement("properties");
    property(xml, "target", result.targetKind());
    property(xml, "targetDescription", result.target());
    property(xml, "agentId", result.suite().agentId());
    property(xml, "batchId", result.batchId());
    property(xml, "verdict", result.verdict().name());
    if (result.incomplete() != null) {
      property(xml, "incomplete", result.incomplete());
    }
    property(xml, "passRate", result.passRate().isPresent() ? String.valueOf(result.passRate().getAsDouble()) : "");
    for (GateVerdict gate : result.gates()) {
      property(xml, "gate." + gate.gate(), (gate.passed() ? "passed: " : "failed: ") + gate.message());
    }
    if (result.statistics().isPresent()) {
      property(xml, "confirmation", result.statistics().get().confirmationLine());
      for (CaseComparison compared : result.statistics().get().comparison().cases()) {
        property(xml, "baseline." + compared.label(), StatisticalVerdict.describe(compared));
      }
    }
    xml.writeCharacters(INDENT);
    xml.writeEndElement();
  }

  /** A test case's statistical verdict as one more testcase, failed when it regressed, so CI lists it among the tests. */
  private static void writeComparison(SuiteResult result, CaseComparison comparison, XMLStreamWriter xml)
      throws XMLStreamException {
    xml.writeCharacters(INDENT);
    xml.writeStartElement("testcase");
    attribute(xml, "classname", result.suite().name());
    attribute(xml, "name", comparison.label() + ", against the baseline");
    attribute(xml, "time", "0");
    if (comparison.verdict() == CaseVerdict.REGRESSED) {
      xml.writeCharacters(INDENT + "  ");
      xml.writeEmptyElement("failure");
      attribute(xml, "message", StatisticalVerdict.describe(comparison));
      attribute(xml, "type", "Regression");
    }
    xml.writeCharacters(INDENT + "  ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(clean(StatisticalVerdict.describe(comparison)));
    xml.writeEndElement();
    xml.writeCharacters(INDENT);
    xml.writeEndElement();
  }

  /**
   * An incomplete run whose runs were all judged (its confirmation batch was cut short, or never
   * started): no run carries an error, so one testcase does, lest CI read the suite as passed.
   */
  private static boolean unjudgedWithEveryRunJudged(SuiteResult result) {
    return result.incomplete() != null && result.pending() == 0;
  }

  private static void writeUnjudged(SuiteResult result, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters(INDENT);
    xml.writeStartElement("testcase");
    attribute(xml, "classname", result.suite().name());
    attribute(xml, "name", "the gates' verdict");
    attribute(xml, "time", "0");
    xml.writeCharacters(INDENT + "  ");
    xml.writeEmptyElement("error");
    attribute(xml, "message", "Not judged: " + result.incomplete());
    attribute(xml, "type", "NotJudged");
    xml.writeCharacters(INDENT);
    xml.writeEndElement();
  }

  private static void writeTestCase(SuiteResult result, RunResult run, XMLStreamWriter xml) throws XMLStreamException {
    TestRun testRun = run.run();
    xml.writeCharacters(INDENT);
    xml.writeStartElement("testcase");
    attribute(xml, "classname", result.suite().name());
    attribute(xml, "name", run.label() + ", attempt " + run.attempt());
    attribute(xml, "time", seconds(duration(testRun)));
    if (Boolean.FALSE.equals(run.successful())) {
      xml.writeCharacters(INDENT + "  ");
      xml.writeStartElement("failure");
      String remarks = testRun.remarks();
      attribute(xml, "message", remarks == null ? "Failed, without remarks" : remarks.strip().replaceAll("\\s+", " "));
      attribute(xml, "type", "SuccessCriteriaNotMet");
      xml.writeCharacters(clean(transcript(run)));
      xml.writeEndElement();
    } else if (run.successful() == null) {
      xml.writeCharacters(INDENT + "  ");
      xml.writeEmptyElement("error");
      attribute(xml, "message", "Not judged: " + Objects.requireNonNullElse(result.incomplete(), "the run has no verdict"));
      attribute(xml, "type", "NotJudged");
    }
    xml.writeCharacters(INDENT + "  ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(clean("jobId: " + testRun.jobId() + "\nchatId: " + Objects.requireNonNullElse(testRun.chatId(), "-")
        + "\ntestCaseId: " + testCaseId(testRun)));
    xml.writeEndElement();
    xml.writeCharacters(INDENT);
    xml.writeEndElement();
  }

  private static String transcript(RunResult run) {
    return run.run().conversation().isEmpty() ? "The API returned no transcript for this run." : run.transcript();
  }

  private static String testCaseId(TestRun run) {
    return run.testCase() == null ? "-" : run.testCase().testCaseId();
  }

  private static Duration duration(TestRun run) {
    OffsetDateTime created = run.createdDate();
    OffsetDateTime completed = run.completedDate();
    return created == null || completed == null || completed.isBefore(created)
        ? Duration.ZERO
        : Duration.between(created, completed);
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeCharacters(INDENT + "  ");
    xml.writeEmptyElement("property");
    attribute(xml, "name", name);
    attribute(xml, "value", value);
  }

  private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value));
  }

  /** Replaces what XML 1.0 cannot contain even escaped (most control characters, lone surrogates). */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> out.appendCodePoint(isXmlChar(codePoint) ? codePoint : 0xFFFD));
    return out.toString();
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
