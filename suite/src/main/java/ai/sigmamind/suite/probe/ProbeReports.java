package ai.sigmamind.suite.probe;

import ai.sigmamind.suite.UsageException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProbeResult} as the suite runs report theirs: a table on the console and, in the report
 * directory, JUnit XML ({@code contract-probe.xml}: one testcase per operation, breaking as a
 * failure, a failed call as an error, not exercised as skipped, drift in the testcase's output),
 * JSON ({@code contract-probe.json}) and Markdown ({@code contract-probe.md}, for a CI job
 * summary). Every text in a result is redacted already.
 *
 * <pre>{@code
 * System.out.print(ProbeReports.table(result));
 * List<Path> written = ProbeReports.write(result, Path.of("sigmamind-results"));
 * }</pre>
 */
public final class ProbeReports {
  /** The report files' base name. */
  public static final String BASE_NAME = "contract-probe";
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class).indent("  ");

  private ProbeReports() {
  }

  /**
   * The console table: one line per operation, then the findings and notes, then the problems.
   *
   * @param result the probe's result
   * @return lines ending with a line break
   */
  public static String table(ProbeResult result) {
    StringBuilder out = new StringBuilder();
    out.append("Contract probe of ").append(result.target()).append(", agent ").append(result.agentId())
        .append(", against the spec this tool was built with (version ").append(result.specVersion()).append(")\n\n");
    out.append(String.format(Locale.ROOT, "%-18s %-10s %-16s %5s  %s%n", "OPERATION", "SPEC", "OUTCOME", "CALLS",
        "FINDINGS"));
    for (OperationReport report : result.operations()) {
      out.append(String.format(Locale.ROOT, "%-18s %-10s %-16s %5d  %s%n", report.operation().operationId(),
          report.evidence(), report.outcome().label(), report.calls().size(), summary(report)));
    }
    if (!result.confirmedInferred().isEmpty()) {
      out.append("\nConfirmed by this probe, inferred in the spec: ").append(String.join(", ", result.confirmedInferred()))
          .append('\n');
    }
    for (OperationReport report : result.operations()) {
      if (report.findings().isEmpty() && report.outcome() != OperationReport.Outcome.FAILED) {
        continue;
      }
      out.append('\n').append(report.operation().operationId()).append(" (").append(report.outcome().label()).append("):\n");
      report.findings().forEach(finding -> out.append("  ").append(finding).append('\n'));
      report.notes().forEach(note -> out.append("  note: ").append(note).append('\n'));
    }
    if (!result.problems().isEmpty()) {
      out.append('\n');
      result.problems().forEach(problem -> out.append("Problem: ").append(problem).append('\n'));
    }
    return out.toString();
  }

  private static String summary(OperationReport report) {
    if (report.outcome() == OperationReport.Outcome.NOT_EXERCISED) {
      return String.join("; ", report.notes());
    }
    long breaking = report.findings().stream().filter(finding -> finding.kind() == Finding.Kind.BREAKING).count();
    long drift = report.findings().size() - breaking;
    List<String> parts = new ArrayList<>();
    if (breaking > 0) {
      parts.add(breaking + " breaking");
    }
    if (drift > 0) {
      parts.add(drift + " drift to review");
    }
    if (report.outcome() == OperationReport.Outcome.FAILED) {
      parts.add("call failed");
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  /**
   * Creates {@code directory} if needed, before any request, so an unwritable one is a usage error.
   *
   * @param directory where the reports will go
   * @throws UsageException if it cannot be created or is not a writable directory
   */
  public static void checkWritable(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UsageException("Cannot create the report directory " + directory + ": " + e, e);
    }
    if (!Files.isWritable(directory)) {
      throw new UsageException("Cannot write to the report directory " + directory);
    }
  }

  /**
   * Writes {@code contract-probe.xml}, {@code .json} and {@code .md} to {@code directory}.
   *
   * @param result the probe's result
   * @param directory the report directory, created if needed
   * @return the files written
   * @throws UsageException if a file cannot be written
   */
  public static List<Path> write(ProbeResult result, Path directory) {
    checkWritable(directory);
    Path xml = directory.resolve(BASE_NAME + ".xml");
    Path json = directory.resolve(BASE_NAME + ".json");
    Path markdown = directory.resolve(BASE_NAME + ".md");
    write(xml, junitXml(result));
    write(json, JSON.toJson(json(result)) + "\n");
    write(markdown, markdown(result));
    return List.of(xml, json, markdown);
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("Cannot write " + file + ": " + e, e);
    }
  }

  static Map<String, @Nullable Object> json(ProbeResult result) {
    Map<String, @Nullable Object> root = new LinkedHashMap<>();
    root.put("target", result.target());
    root.put("agentId", result.agentId());
    root.put("specVersion", result.specVersion());
    root.put("exitCode", result.exitCode().code());
    List<Object> operations = new ArrayList<>();
    for (OperationReport report : result.operations()) {
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("operationId", report.operation().operationId());
      operation.put("method", report.operation().method());
      operation.put("path", report.operation().pathTemplate());
      operation.put("outcome", report.outcome().name());
      operation.put("specEvidence", report.evidence());
      operation.put("calls", report.calls());
      operation.put("findings", report.findings().stream().map(finding -> Map.of("kind", finding.kind().name(),
          "location", finding.location(), "message", finding.message())).toList());
      operation.put("notes", report.notes());
      operations.add(operation);
    }
    root.put("operations", operations);
    root.put("confirmedInferred", result.confirmedInferred());
    root.put("problems", result.problems());
    return root;
  }

  static String markdown(ProbeResult result) {
    StringBuilder md = new StringBuilder("## Contract probe\n\n");
    md.append(cell(result.target())).append(", agent `").append(cell(result.agentId())).append("`, spec version ")
        .append(cell(result.specVersion())).append("\n\n| Operation | Spec | Outcome | Findings |\n|---|---|---|---|\n");
    for (OperationReport report : result.operations()) {
      md.append("| `").append(report.operation().operationId()).append("` | ").append(cell(report.evidence()))
          .append(" | ").append(report.outcome().label())
          .append(" | ").append(cell(report.findings().isEmpty() ? String.join("; ", report.notes())
              : String.join("; ", report.findings().stream().map(Finding::toString).toList()))).append(" |\n");
    }
    result.problems().forEach(problem -> md.append("\n**Problem:** ").append(cell(problem)).append('\n'));
    return md.append('\n').append(cell(result.verdictLine())).append('\n').toString();
  }

  /** One table cell: no line breaks, pipes and markup characters escaped. */
  private static String cell(String text) {
    return text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")
        .replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_");
  }

  static String junitXml(ProbeResult result) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", BASE_NAME);
      xml.writeAttribute("tests", String.valueOf(result.operations().size()));
      xml.writeAttribute("failures", String.valueOf(result.count(OperationReport.Outcome.BREAKING)));
      xml.writeAttribute("errors", String.valueOf(result.count(OperationReport.Outcome.FAILED)));
      xml.writeAttribute("skipped", String.valueOf(result.count(OperationReport.Outcome.NOT_EXERCISED)));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      property(xml, "target", result.target());
      property(xml, "agentId", result.agentId());
      property(xml, "specVersion", result.specVersion());
      xml.writeEndElement();
      for (OperationReport report : result.operations()) {
        testCase(xml, report);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write JUnit XML", e);
    }
    return text + "\n";
  }

  private static void testCase(XMLStreamWriter xml, OperationReport report) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", BASE_NAME);
    xml.writeAttribute("name", report.operation().operationId());
    String findings = String.join("\n", report.findings().stream().map(Finding::toString).toList());
    String notes = String.join("\n", report.notes());
    switch (report.outcome()) {
      case BREAKING -> element(xml, "failure", "breaking drift from the spec", findings);
      case FAILED -> element(xml, "error", "call failed", notes);
      case NOT_EXERCISED -> element(xml, "skipped", clean(notes), null);
      case DRIFT -> element(xml, "system-out", null, "drift to review:\n" + findings);
      case CONFORMS -> element(xml, "system-out", null, String.join("\n", report.calls()));
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, @Nullable String message, @Nullable String content)
      throws XMLStreamException {
    xml.writeStartElement(name);
    if (message != null) {
      xml.writeAttribute("message", clean(message));
    }
    if (content != null) {
      xml.writeCharacters(clean(content));
    }
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  /** Replaces what XML 1.0 cannot hold even escaped (control characters) with U+FFFD. */
  private static String clean(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
  }
}
