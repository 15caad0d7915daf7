package ai.sigmamind.junit;

import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteCase;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** One test case of a suite: a container of its runs, one per attempt, named by its label. */
final class CaseDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "case";

  private final SuiteCase testCase;

  CaseDescriptor(UniqueId suiteId, Suite suite, SuiteCase testCase) {
    super(suiteId.append(SEGMENT, testCase.label()), testCase.label(),
        FileSource.from(suite.file().toFile(), FilePosition.from(testCase.line())));
    this.testCase = testCase;
    for (int attempt = 1; attempt <= testCase.attempt(); attempt++) {
      addChild(new RunDescriptor(getUniqueId(), testCase.label(), attempt));
    }
  }

  /** The test case as the file states it. */
  SuiteCase testCase() {
    return testCase;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }
}
