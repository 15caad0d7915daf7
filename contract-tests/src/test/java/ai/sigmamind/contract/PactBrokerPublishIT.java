package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Publishes the committed pact, the one that was reviewed, to the Pact Broker as consumer version
 * {@code <project version>+<git sha>} on the current branch. Runs only when
 * {@code PACT_BROKER_BASE_URL} is set, and only when the committed pact is the generated one.
 */
@EnabledIfEnvironmentVariable(named = PactBroker.URL_VARIABLE, matches = ".+")
class PactBrokerPublishIT {

  @Test
  void publishesTheCommittedPact() {
    PactDrift drift = PactDrift.between(PactJson.read(Contract.committedPact()), PactJson.read(Contract.generatedPact()));
    assertThat(drift.isEmpty()).as("the committed pact is stale, not publishing it:%n%s", drift.describe()).isTrue();
    ConsumerVersion version = ConsumerVersion.current();

    PactBrokerClient broker = new PactBrokerClient(PactBroker.url(), PactBroker.clientOptions(), new PactBrokerClientConfig());
    Result<String, Exception> published = broker.uploadPactFile(Contract.committedPact().toFile(),
        new PublishConfiguration(version.version(), List.of(), version.branch().orElse(null)));

    assertThat(published).as("publishing %s as %s", Contract.committedPact(), version).isInstanceOf(Result.Ok.class);
  }
}
