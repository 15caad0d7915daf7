package ai.sigmamind.contract;

import ai.sigmamind.sdk.SigmaMindClient;
import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Pact's mock server playing the API for some interactions while the real SDK calls it, then the
 * interactions merged into the generated pact ({@link Contract#generatedPact()}). A run fails when
 * the SDK's checks fail, when it sends a request no interaction expects, or when an interaction is
 * not requested exactly as described; only a passing run adds to the pact.
 */
final class MockApi {
  private MockApi() {
  }

  /** What the SDK returns for {@code interaction}'s call, made once. */
  static <T> T exchange(Interaction<T> interaction) {
    AtomicReference<T> returned = new AtomicReference<>();
    run(List.of(interaction), client -> returned.set(interaction.call().invoke(client)));
    return returned.get();
  }

  /** Makes every interaction's call once and asserts that the SDK raises {@code expected} for each. */
  static void assertEveryCallRaises(List<? extends Interaction<?>> interactions, Class<? extends Throwable> expected) {
    run(interactions, client -> interactions.forEach(interaction ->
        interaction.call().assertRaises(client, expected, interaction.description())));
  }

  /**
   * Runs {@code sdk} with a client of the interactions' key (no retries, so each interaction is
   * requested exactly once) against a mock server that expects exactly the interactions.
   */
  static void run(List<? extends Interaction<?>> interactions, Consumer<SigmaMindClient> sdk) {
    Set<String> keys = interactions.stream().map(Interaction::apiKey).collect(Collectors.toSet());
    if (keys.size() != 1) {
      throw new IllegalArgumentException("One run, one client: the interactions send the keys " + keys);
    }
    PactDslWithProvider builder = ConsumerPactBuilder.consumer(Contract.CONSUMER).pactSpecVersion(PactSpecVersion.V4)
        .hasPactWith(Contract.PROVIDER);
    PactDslResponse described = null;
    for (Interaction<?> interaction : interactions) {
      described = interaction.appendTo(builder, described);
    }
    V4Pact pact = described.toPact(V4Pact.class);
    PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact,
        MockProviderConfig.createDefault(PactSpecVersion.V4), (server, context) -> {
          try (SigmaMindClient client = SigmaMindClient.builder().apiKey(keys.iterator().next()).baseUrl(server.getUrl())
              .maxRetries(0).build()) {
            sdk.accept(client);
          }
          return null;
        });
    if (result instanceof PactVerificationResult.Error error) {
      throw error.getError() instanceof AssertionError failed ? failed : new AssertionError(result.getDescription(), error.getError());
    }
    if (!(result instanceof PactVerificationResult.Ok)) {
      throw new AssertionError(result.getDescription());
    }
    Throwable notWritten = pact.write(Contract.generatedPact().getParent().toString(), PactSpecVersion.V4).errorValue();
    if (notWritten != null) {
      throw new IllegalStateException("Cannot write the pact to " + Contract.generatedPact(), notWritten);
    }
  }
}
