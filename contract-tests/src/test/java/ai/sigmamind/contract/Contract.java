package ai.sigmamind.contract;

import java.nio.file.Path;

/** Who the contract is between and where its files live; the paths come from the build (pom.xml). */
final class Contract {
  static final String CONSUMER = "sigmamind-java-sdk";
  static final String PROVIDER = "sigmamind-api";
  static final String PACT_FILE_NAME = CONSUMER + "-" + PROVIDER + ".json";

  private Contract() {
  }

  /** The pact the consumer tests of this build wrote (surefire runs before everything that reads it). */
  static Path generatedPact() {
    return directory("pact.rootDir", "target/pacts").resolve(PACT_FILE_NAME);
  }

  /** The pact under review: committed, and compared with the generated one on every build. */
  static Path committedPact() {
    return directory("sigmamind.pact.committed", "pacts").resolve(PACT_FILE_NAME);
  }

  /** {@code openapi/sigmamind.yaml}, the spec everything is checked against. */
  static Path spec() {
    return requiredPath("sigmamind.spec");
  }

  /** The last released spec, which the current one must stay compatible with. */
  static Path baselineSpec() {
    return requiredPath("sigmamind.spec.baseline");
  }

  private static Path directory(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
  }

  private static Path requiredPath(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
