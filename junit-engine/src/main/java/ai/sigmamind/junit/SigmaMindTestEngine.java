package ai.sigmamind.junit;

import ai.sigmamind.suite.UsageException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The JUnit Platform engine {@code sigmamind}: discovers suite files, runs them through the suite
 * library (sync, one batch per suite, wait, reports, pass-rate gate) and reports each run as a
 * test {@code <label>, attempt <n>} under its test case under its suite. Found by the launcher
 * through {@code META-INF/services}; users never construct it.
 *
 * <pre>{@code
 * // src/test/java/DemoAgentTest.java
 * @SigmaMindSuite("suites/demo-agent.sigmamind.yaml")
 * class DemoAgentTest {}
 * // mvn verify -Dsigmamind.sandbox=true
 * }</pre>
 */
public final class SigmaMindTestEngine implements TestEngine {
  /** The engine id, e.g. for Surefire's {@code includeJUnit5Engines}. */
  public static final String ENGINE_ID = "sigmamind";

  private final Map<String, String> environment;
  private final Supplier<PrintStream> out;
  private final Clock clock;

  /** The engine as the launcher loads it: the process environment, standard output, the system clock. */
  public SigmaMindTestEngine() {
    // System.out read when the engine executes: a launcher may capture it after loading engines.
    this(System.getenv(), () -> System.out, Clock.systemUTC());
  }

  SigmaMindTestEngine(Map<String, String> environment, Supplier<PrintStream> out, Clock clock) {
    this.environment = environment;
    this.out = out;
    this.clock = clock;
  }

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("ai.sigmamind");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("sigmamind-junit");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDescriptor root = new EngineDescriptor(uniqueId, "SigmaMind");
    try {
      new SuiteDiscovery(uniqueId).discover(request).forEach(root::addChild);
    } catch (UsageException e) {
      // Reported when the engine executes: launchers such as Surefire show a discovery failure without its cause.
      return new FailedDiscovery(uniqueId, e);
    }
    return root;
  }

  @Override
  public void execute(ExecutionRequest request) {
    TestDescriptor root = request.getRootTestDescriptor();
    if (root instanceof FailedDiscovery failed) {
      request.getEngineExecutionListener().executionStarted(root);
      request.getEngineExecutionListener().executionFinished(root, TestExecutionResult.failed(failed.error()));
      return;
    }
    new SuiteExecution(request.getEngineExecutionListener(), environment, out.get(), clock)
        .execute(root, request.getConfigurationParameters());
  }

  /** The engine's root when a suite file could not be found or read: fails with why when executed. */
  private static final class FailedDiscovery extends EngineDescriptor {
    private final UsageException error;

    FailedDiscovery(UniqueId uniqueId, UsageException error) {
      super(uniqueId, "SigmaMind");
      this.error = error;
    }

    UsageException error() {
      return error;
    }
  }
}
