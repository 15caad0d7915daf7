package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed pact is the contract under review: the build fails when the pact the consumer
 * tests just generated differs from it, so every contract change shows up as a diff of
 * {@code contract-tests/pacts/}. {@code -Dpact.refresh=true} writes the generated pact over it
 * (in canonical form) on purpose.
 */
class PactFileUpToDateIT {
  static final String REFRESH_COMMAND = "./mvnw -pl contract-tests -am verify -Dpact.refresh=true";

  @Test
  void committedPactIsTheGeneratedOne() throws IOException {
    Path generated = Contract.generatedPact();
    Path committed = Contract.committedPact();
    assertThat(generated).as("the pact the consumer tests write").exists();

    if (Boolean.getBoolean("pact.refresh")) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, PactDrift.canonicalText(PactJson.read(generated)), StandardCharsets.UTF_8);
      System.out.println("pact.refresh: wrote " + committed + "; review and commit it with the change that caused it");
      return;
    }
    if (!Files.exists(committed)) {
      fail("No committed pact at " + committed + ". Create it with:\n  " + REFRESH_COMMAND);
    }
    PactDrift drift = PactDrift.between(PactJson.read(committed), PactJson.read(generated));
    if (!drift.isEmpty()) {
      fail("The contract changed: the consumer tests generated a pact that differs from the committed "
          + committed + "\n" + drift.describe()
          + "If the change is intended, refresh the committed pact and commit it with the change that caused it:\n  "
          + REFRESH_COMMAND + "\nThe refreshed pact must still pass provider verification and the check against the spec.");
    }
  }
}
