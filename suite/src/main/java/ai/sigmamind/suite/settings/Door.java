package ai.sigmamind.suite.settings;

/** A way in to the suites: each names a setting in its own vocabulary. */
public enum Door {
  /** The {@code sigmamind} tool: a flag such as {@code --min-pass-rate}. */
  CLI("the sigmamind tool"),
  /** The JUnit engine: a configuration parameter such as {@code sigmamind.minPassRate}. */
  ENGINE("the JUnit engine"),
  /** The Maven plugin: a parameter such as {@code minPassRate} (or {@code -Dsigmamind.minPassRate}). */
  PLUGIN("the Maven plugin");

  private final String title;

  Door(String title) {
    this.title = title;
  }

  /**
   * For messages.
   *
   * @return e.g. {@code the JUnit engine}
   */
  public String title() {
    return title;
  }
}
