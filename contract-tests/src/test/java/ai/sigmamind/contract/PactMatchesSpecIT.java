package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import org.junit.jupiter.api.Test;

/** Every request the SDK sends and every response it expects, as the pact records them, is valid against the spec. */
class PactMatchesSpecIT {

  @Test
  void everyInteractionIsValidAgainstTheSpec() {
    PactProviderValidationResults results = SpecValidation.validatePact(Contract.spec(), Contract.generatedPact());

    assertThat(results.getConsumerResults()).as("validated consumers").hasSize(1);
    assertThat(results.getConsumerResults().get(0).getInteractionResults())
        .as("validated interactions")
        .hasSize(PactJson.interactions(PactJson.read(Contract.generatedPact())).size());
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
  }
}
