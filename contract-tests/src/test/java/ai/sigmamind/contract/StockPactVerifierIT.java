package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The pact verifies with a stock verifier, not only with our JVM harness: the Rust verifier runs
 * this build's pact (equal to the committed one, see {@link PactFileUpToDateIT}) in one pass
 * against the standalone sandbox jar, accepting only its seed key and known agents, with the sandbox's state-change
 * URL. Every interaction passes, so the pact itself carries what a verifier needs (the key injected
 * from the provider state, blank states accepted). And it can fail: the sandbox answering the
 * newer spelling {@code isSuccessful} fails exactly the interactions that pin {@code isSuccesful}.
 * Skipped with {@code -Dstock.tools.skip=true}.
 */
@EnabledIfSystemProperty(named = "stock.tools.skip", matches = "false", disabledReason = "-Dstock.tools.skip=true")
class StockPactVerifierIT {
  private static final String VERDICT = "isSuccesful";

  private static List<String> allDescriptions(JsonNode pact) {
    return PactJson.interactions(pact).stream().map(interaction -> interaction.path("description").asText()).toList();
  }

  @Test
  void theRustVerifierPassesEveryInteractionInOnePass() {
    JsonNode pact = PactJson.read(Contract.generatedPact());
    try (StandaloneSandbox sandbox = StandaloneSandbox.start("--api-key", SigmaMindSandbox.SEED_API_KEY, "--known-agents-only")) {
      System.out.println("Rust verifier target: standalone sandbox " + sandbox.baseUrl() + " (seed wire shape)");
      StockPactVerification run = StockPactVerification.run(sandbox.baseUrl(), Contract.generatedPact());

      assertThat(run.failed()).as("failed interactions; errors: %s", run.errors()).isEmpty();
      assertThat(run.passed()).containsExactlyInAnyOrderElementsOf(allDescriptions(pact));
      assertThat(run.exitCode()).as(run.output()).isZero();
    }
  }

  @Test
  void theRustVerifierFailsTheVerdictInteractionsWhenTheSandboxSpellsItIsSuccessful() {
    JsonNode pact = PactJson.read(Contract.generatedPact());
    List<String> pinningTheVerdict = PactJson.descriptionsOfResponsesWith(pact, VERDICT);
    assertThat(pinningTheVerdict).as("interactions that pin %s", VERDICT).isNotEmpty();
    try (StandaloneSandbox sandbox = StandaloneSandbox.start("--api-key", SigmaMindSandbox.SEED_API_KEY, "--newer-shape", "--known-agents-only")) {
      System.out.println("Rust verifier target: standalone sandbox " + sandbox.baseUrl() + " (newer wire shape)");
      StockPactVerification run = StockPactVerification.run(sandbox.baseUrl(), Contract.generatedPact());

      assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
      assertThat(run.failed()).as("errors: %s", run.errors()).containsExactlyInAnyOrderElementsOf(pinningTheVerdict);
      assertThat(run.errors()).contains(VERDICT);
      assertThat(run.passed()).hasSize(allDescriptions(pact).size() - pinningTheVerdict.size());
    }
  }
}
