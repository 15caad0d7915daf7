package ai.sigmamind.suite.settings;

/** A way in to the suites: each names a setting in its own vocabulary. */
public enum Door {
  /** The {@code sigmamind} tool: a flag such as {@code --min-pass-rate}. */
  CLI,
  /** The JUnit engine: a configuration parameter such as {@code sigmamind.minPassRate}. */
  ENGINE,
  /** The Maven plugin: a parameter such as {@code minPassRate} (or {@code -Dsigmamind.minPassRate}). */
  PLUGIN;

  /**
   * For messages.
   *
   * @return e.g. {@code the JUnit engine}
   */
  public String title() {
    return switch (this) {
      case CLI -> "the sigmamind tool";
      case ENGINE -> "the JUnit engine";
      case PLUGIN -> "the Maven plugin";
    };
  }
}
