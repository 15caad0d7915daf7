package ai.sigmamind.contract;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The outcome of running a {@link PactVerification} class in-process through the JUnit Platform
 * launcher, so a test can assert that verification fails, and how.
 *
 * @param succeeded how many interactions the provider honoured
 * @param failures one per interaction it broke: the interaction's display name and Pact's message
 */
record VerificationRun(long succeeded, List<Failure> failures) {

  /** One broken interaction. */
  record Failure(String interaction, String message) {
  }

  static VerificationRun of(Class<? extends PactVerification> verification) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(verification))
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    // Pact prints a console report per interaction; for a run that is meant to fail, its
    // "FAILED" lines would only mislead whoever reads the build log.
    PrintStream console = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      launcher.execute(request, listener);
    } finally {
      System.setOut(console);
    }
    TestExecutionSummary summary = listener.getSummary();
    List<Failure> failures = summary.getFailures().stream()
        .map(failure -> new Failure(failure.getTestIdentifier().getDisplayName(), String.valueOf(failure.getException())))
        .toList();
    return new VerificationRun(summary.getTestsSucceededCount(), failures);
  }
}
