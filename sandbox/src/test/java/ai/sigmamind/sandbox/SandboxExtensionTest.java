package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@ExtendWith(SandboxExtension.class)
class SandboxExtensionTest {
  private final SigmaMindSandbox fromConstructor;

  SandboxExtensionTest(SigmaMindSandbox sandbox) {
    this.fromConstructor = sandbox;
  }

  @Test
  void injectsTheClasssRunningSandboxAndItsBaseUrl(SigmaMindSandbox sandbox, @SandboxBaseUrl String baseUrl) {
    assertThat(sandbox).isSameAs(fromConstructor);
    assertThat(baseUrl).isEqualTo(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
    assertThat(new Api(baseUrl, "key").get("/v1/test-cases?agentId=" + DEMO_AGENT).code()).isEqualTo(200);
  }

  /** With {@link #eachTestStartsFromAnEmptySandboxToo}: whichever runs second fails without the reset. */
  @Test
  void eachTestStartsFromAnEmptySandbox(@SandboxBaseUrl String baseUrl) {
    assertEmptyThenCreate(new Api(baseUrl, "key"));
  }

  @Test
  void eachTestStartsFromAnEmptySandboxToo(@SandboxBaseUrl String baseUrl) {
    assertEmptyThenCreate(new Api(baseUrl, "key"));
  }

  private static void assertEmptyThenCreate(Api api) {
    assertThat(api.get("/v1/test-cases?agentId=" + DEMO_AGENT).body()).isEqualTo("[]");
    api.createTestCase("A customer.", "Agent helps.", 1);
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterClasssSandbox(SigmaMindSandbox sandbox) {
      assertThat(sandbox).isSameAs(fromConstructor);
    }
  }

  @Test
  void aRegisteredExtensionUsesItsConfigurationAndClosesTheSandboxAfterTheClass() {
    ConfiguredExample.seen.set(null);
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();

    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ConfiguredExample.class)).build(), listener);

    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsSucceededCount()).as("%s", summary.getFailures()).isEqualTo(1);
    SigmaMindSandbox used = ConfiguredExample.seen.get();
    assertThat(used).isNotNull().isNotSameAs(fromConstructor);
    assertThatThrownBy(used::port).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
  }

  /** Run only through the launcher above (the build skips nested classes). */
  static class ConfiguredExample {
    static final AtomicReference<SigmaMindSandbox> seen = new AtomicReference<>();

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SigmaMindSandbox.builder().wireShape(WireShape.NEWER));

    @Test
    void usesTheConfiguredSandbox(SigmaMindSandbox sandbox) {
      assertThat(sandbox.wireShape()).isEqualTo(WireShape.NEWER);
      seen.set(sandbox);
    }
  }
}
