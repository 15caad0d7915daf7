package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pact's check against the spec can fail: against a broken copy of the spec the pact is invalid, and the report names why. */
class BrokenSpecFailsPactValidationIT {
  @TempDir
  Path directory;

  static Stream<SpecMutation> breakingChanges() {
    return SpecMutation.breakingThePact().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingChanges")
  void thePactIsInvalidAgainstTheBrokenSpec(SpecMutation change) {
    Path broken = change.applyTo(Contract.spec(), directory);

    PactProviderValidationResults results = SpecValidation.validatePact(broken, Contract.generatedPact());

    assertThat(results.hasErrors()).as("the pact is still valid against a spec where I %s", change).isTrue();
    assertThat(results.getValidationFailureReport()).contains(change.culprit());
  }
}
