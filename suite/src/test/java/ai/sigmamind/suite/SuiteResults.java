package ai.sigmamind.suite;

import ai.sigmamind.suite.SyncResult.Action;
import ai.sigmamind.suite.SyncResult.SyncedCase;
import ai.sigmamind.sdk.BatchReport;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;

/** Suite results built by hand, for the report tests. */
public final class SuiteResults {
  public static final String TARGET = "embedded sandbox at http://127.0.0.1:1 (simulated: says nothing about your agent)";
  public static final Instant STARTED = Instant.parse("2026-03-26T10:52:40Z");

  private SuiteResults() {
  }

  /** One test case ({@code tc_1}) of suite {@code name} with {@code runs}, judged by an 80% pass-rate gate. */
  public static SuiteResult of(SuiteCase testCase, String name, List<TestRun> runs, @Nullable String incomplete) {
    Suite suite = new Suite(Path.of(name + ".yaml"), name, "agent_1", List.of(testCase));
    SyncResult sync = new SyncResult(List.of(new SyncedCase(testCase, "tc_1", Action.UNCHANGED, List.of())));
    BatchRun batch = BatchRun.builder().batchId("batch_1").build();
    return SuiteResult.of(suite, TARGET, "sandbox", sync, BatchReport.of(batch, runs), incomplete, STARTED,
        STARTED.plusSeconds(75)).judgedBy(List.of(new PassRateGate(0.8)));
  }

  public static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
