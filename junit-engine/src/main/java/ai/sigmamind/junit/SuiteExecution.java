package ai.sigmamind.junit;

import ai.sigmamind.suite.Interruption;
import ai.sigmamind.suite.report.ProgressDisplay;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteResult.RunResult;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.settings.SettingsRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One execution of the engine: all selected suites run together through {@link SuiteRunner},
 * then every suite, test case and run is reported.
 *
 * <p>How a run is reported: passed is successful; failed is a failed test (message: the judge's
 * remarks) when the suite failed its gate or is incomplete, but aborted ("failed, within the
 * threshold") when the suite passed it, so the pass-rate gate alone decides the build while every
 * failure stays visible; not judged is aborted with the reason. The suite container fails with the
 * verdict line when the gate fails or the run is incomplete.
 */
final class SuiteExecution {
  private final EngineExecutionListener listener;
  private final Map<String, String> environment;
  private final PrintStream out;
  private final Clock clock;

  SuiteExecution(EngineExecutionListener listener, Map<String, String> environment, PrintStream out,
      Clock clock) {
    this.listener = listener;
    this.environment = environment;
    this.out = out;
    this.clock = clock;
  }

  void execute(TestDescriptor root, ConfigurationParameters parameters) {
    listener.executionStarted(root);
    List<SuiteDescriptor> descriptors = root.getChildren().stream()
        .filter(SuiteDescriptor.class::isInstance).map(SuiteDescriptor.class::cast).toList();
    if (descriptors.isEmpty()) {
      listener.executionFinished(root, TestExecutionResult.successful());
      return;
    }
    List<Suite> suites = descriptors.stream().map(SuiteDescriptor::selected).toList();
    SuiteRunner.Outcome outcome;
    EngineSettings settings;
    try {
      SettingsRegistry.environmentWarnings(environment).forEach(out::println);
      settings = EngineSettings.read(parameters, environment, suites);
      SuiteRunner.check(suites, settings.runner(), !settings.target().isSandbox());
      try (Target target = settings.target().open()) {
        out.println("SigmaMind: target " + target.description());
        listener.reportingEntryPublished(root, ReportEntry.from("sigmamind.target", target.description()));
        outcome = new SuiteRunner(target, settings.runner(), ProgressDisplay.of(out, clock, false),
            new Interruption(), clock).run(suites);
      }
      listener.reportingEntryPublished(root, ReportEntry.from("sigmamind.reports",
          settings.runner().reports().directory().toAbsolutePath().toString()));
      settings.keeping().keep(outcome).forEach(line -> out.println("SigmaMind: " + line));
    } catch (RuntimeException e) {
      listener.executionFinished(root, TestExecutionResult.failed(e));
      return;
    }
    for (int i = 0; i < descriptors.size(); i++) {
      report(descriptors.get(i), suites.get(i), outcome, settings.transcripts());
    }
    listener.executionFinished(root, TestExecutionResult.successful());
  }

  private void report(SuiteDescriptor descriptor, Suite suite, SuiteRunner.Outcome outcome,
      EngineSettings.Transcripts transcripts) {
    listener.executionStarted(descriptor);
    Optional<SuiteResult> found = outcome.results().stream().filter(result -> result.suite() == suite).findFirst();
    if (found.isEmpty()) {
      String error = outcome.errors().stream().filter(message -> message.startsWith(suite.name() + ": ")).findFirst()
          .orElse(suite.name() + ": did not run");
      descriptor.getChildren().forEach(child -> listener.executionSkipped(child, "The suite could not run: " + error));
      listener.executionFinished(descriptor, TestExecutionResult.failed(new IllegalStateException(error)));
      return;
    }
    SuiteResult result = found.get();
    for (TestDescriptor testCase : descriptor.getChildren()) {
      listener.executionStarted(testCase);
      testCase.getChildren().forEach(run -> report((RunDescriptor) run, result, transcripts));
      listener.executionFinished(testCase, TestExecutionResult.successful());
    }
    listener.reportingEntryPublished(descriptor, ReportEntry.from("sigmamind.verdict", result.verdictLine()));
    listener.executionFinished(descriptor, switch (result.verdict()) {
      case PASSED -> TestExecutionResult.successful();
      case FAILED -> TestExecutionResult.failed(new AssertionFailedError(result.verdictLine()));
      case INCOMPLETE -> TestExecutionResult.failed(new IllegalStateException(result.verdictLine()));
    });
  }

  private void report(RunDescriptor descriptor, SuiteResult result, EngineSettings.Transcripts transcripts) {
    listener.executionStarted(descriptor);
    Optional<RunResult> found = result.runs().stream()
        .filter(run -> run.label().equals(descriptor.label()) && run.attempt() == descriptor.attempt()).findFirst();
    if (found.isEmpty()) {
      listener.executionFinished(descriptor, TestExecutionResult.aborted(new TestAbortedException(
          "The batch has no run for this attempt" + (result.incomplete() == null ? "" : ": " + result.incomplete()))));
      return;
    }
    RunResult run = found.get();
    String transcript = run.transcript().isBlank() ? "The API returned no transcript for this run." : run.transcript();
    Boolean successful = run.successful();
    if (transcripts.printed(successful)) {
      // Printed while the test runs, so Surefire's <system-out> and the IDE's console show it beside the test.
      out.println("jobId: " + run.run().jobId() + "\n" + transcript);
    }
    // Every transcript stays in the test's report entry (the IDE, Surefire's XML) and in the report files.
    listener.reportingEntryPublished(descriptor, ReportEntry.from("transcript", transcript));
    String remarks = Objects.requireNonNullElse(run.run().remarks(), "Failed, without remarks").strip();
    TestExecutionResult outcome;
    if (successful == null) {
      outcome = TestExecutionResult.aborted(new TestAbortedException(
          "Not judged: " + Objects.requireNonNullElse(result.incomplete(), "the run has no verdict")));
    } else if (successful) {
      outcome = TestExecutionResult.successful();
    } else if (result.verdict() == SuiteResult.Verdict.PASSED) {
      outcome = TestExecutionResult.aborted(new TestAbortedException("Failed, within the suite's threshold ("
          + result.verdictLine() + "): " + remarks));
    } else {
      outcome = TestExecutionResult.failed(new AssertionFailedError(remarks));
    }
    listener.executionFinished(descriptor, outcome);
  }

  @Override
  public String toString() {
    return "SuiteExecution[" + listener + "]";
  }
}
