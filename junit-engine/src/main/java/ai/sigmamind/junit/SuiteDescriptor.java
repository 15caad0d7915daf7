package ai.sigmamind.junit;

import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteCase;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** A suite file: a container of its test cases, named after the suite. */
final class SuiteDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "suite";

  private final Suite suite;

  SuiteDescriptor(UniqueId engineId, Suite suite, @Nullable TestSource source) {
    super(idOf(engineId, suite), suite.name(), source);
    this.suite = suite;
    for (SuiteCase testCase : suite.testCases()) {
      addChild(new CaseDescriptor(getUniqueId(), suite, testCase));
    }
  }

  /** The suite's id: its file, as found (so a rerun from an IDE finds the same file). */
  static UniqueId idOf(UniqueId engineId, Suite suite) {
    return engineId.append(SEGMENT, suite.file().toString());
  }

  /** The suite as read. */
  Suite suite() {
    return suite;
  }

  /** The suite narrowed to the test cases still selected after the launcher's filters. */
  Suite selected() {
    List<SuiteCase> cases = getChildren().stream().map(child -> ((CaseDescriptor) child).testCase()).toList();
    return new Suite(suite.file(), suite.name(), suite.agentId(), cases);
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }
}
