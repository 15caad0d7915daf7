package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.WireShape;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract can fail: a provider that moved off the documented wire shape fails verification,
 * on exactly the interactions that pin the verdict, with Pact naming {@code isSuccesful}. The
 * drifted providers are verified by running {@link PactVerification} subclasses in-process.
 */
class ContractCanFailIT {
  private static final String VERDICT = "isSuccesful";

  @Test
  void aProviderSpellingTheVerdictIsSuccessfulFailsVerification() {
    VerificationRun run = VerificationRun.of(NewerSpellingProvider.class);

    assertOnlyTheVerdictInteractionsFailed(run);
    assertThat(run.failures()).allSatisfy(failure -> assertThat(failure.message())
        .contains("Actual map is missing the following keys: " + VERDICT));
  }

  @Test
  void aProviderSendingTheVerdictAsTheStringTrueFailsVerification() {
    VerificationRun run = VerificationRun.of(StringVerdictProvider.class);

    assertOnlyTheVerdictInteractionsFailed(run);
    assertThat(run.failures()).allSatisfy(failure -> assertThat(failure.message()).contains("'true' (String)"));
  }

  private static void assertOnlyTheVerdictInteractionsFailed(VerificationRun run) {
    JsonNode pact = PactJson.read(Contract.generatedPact());
    List<String> pinningTheVerdict = PactJson.descriptionsOfResponsesWith(pact, VERDICT);
    assertThat(pinningTheVerdict).as("interactions that pin %s", VERDICT).isNotEmpty();

    assertThat(run.failures())
        .as("failed interactions; the failures were %s", run.failures())
        .extracting(failure -> failure.interaction().substring((Contract.CONSUMER + " - ").length()))
        .containsExactlyInAnyOrderElementsOf(pinningTheVerdict);
    assertThat(run.failures()).allSatisfy(failure -> assertThat(failure.message()).contains(VERDICT));
    assertThat(run.succeeded()).isEqualTo(PactJson.interactions(pact).size() - pinningTheVerdict.size());
  }

  /** The sandbox answering as the newer API generation, which spells the verdict {@code isSuccessful}. */
  @PactFolder("${pact.rootDir}")
  static class NewerSpellingProvider extends PactVerification {
    @Override
    ProviderUnderTest startProvider() {
      return SandboxProvider.start(WireShape.NEWER);
    }
  }

  /** The documented sandbox behind a proxy that turns the boolean verdict into a string. */
  @PactFolder("${pact.rootDir}")
  static class StringVerdictProvider extends PactVerification {
    @Override
    ProviderUnderTest startProvider() {
      return RewritingProxy.start(SandboxProvider.start(WireShape.SEED),
          json -> json.replaceAll("\"" + VERDICT + "\"\\s*:\\s*(true|false)", "\"" + VERDICT + "\":\"$1\""));
    }
  }
}
