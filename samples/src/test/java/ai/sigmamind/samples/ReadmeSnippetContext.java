package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;

/**
 * What the Java fragments of README.md and docs/ use without declaring it, as the surrounding
 * prose introduces it (a client, an agent handle, ids, a sandbox...). Each statement fragment is
 * compiled as the body of a method of a subclass; a fragment that declares one of these itself
 * shadows it. Nothing here runs: the fragments are only compiled.
 */
abstract class ReadmeSnippetContext {
  /** What the listener example records its figures into. */
  interface Metrics {
    void record(String operationId, Duration duration, boolean succeeded);
  }

  SigmaMindClient client;
  Agent agent;
  SigmaMindSandbox sandbox;
  String batchId;
  String jobId;
  String testCaseId;
  String traceId;
  String json;
  CreateTestCaseRequest request;
  Logger log;
  Metrics metrics;
  Suite suite;
  List<Suite> suites;
  Target target;
  ReportFiles reports;
  ProgressDisplay display;
  Instant completedAt;
  String transcript1;
  String transcript2;
  String remarks1;
  String remarks2;
}
