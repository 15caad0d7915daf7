package ai.sigmamind.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One run of a test case: a test named {@code <label>, attempt <n>}. */
final class RunDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "run";

  private final String label;
  private final int attempt;

  RunDescriptor(UniqueId caseId, String label, int attempt) {
    super(caseId.append(SEGMENT, String.valueOf(attempt)), label + ", attempt " + attempt);
    this.label = label;
    this.attempt = attempt;
  }

  /** The test case's label. */
  String label() {
    return label;
  }

  /** 1 for the test case's first run in the batch, and so on. */
  int attempt() {
    return attempt;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }
}
