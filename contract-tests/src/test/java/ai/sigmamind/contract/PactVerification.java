package ai.sigmamind.contract;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.generators.Category;
import au.com.dius.pact.core.model.generators.Generator;
import au.com.dius.pact.core.model.generators.ProviderStateGenerator;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies pacts, one test per interaction, against the provider a subclass starts; the subclass
 * also says where the pacts come from ({@code @PactFolder} or {@code @PactBroker}). Provider states go through the provider's own HTTP hook, as Pact's
 * state-change URL would send them; {@code @State} methods would need one method per concrete
 * state name, a second registry that could drift from the provider's, so missing
 * {@code @State} methods are ignored on purpose.
 */
@Provider(Contract.PROVIDER)
@IgnoreMissingStateChange
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PactVerification {
  private ProviderUnderTest provider;

  /** Starts the provider to verify; it is closed after the last interaction. */
  abstract ProviderUnderTest startProvider();

  @BeforeAll
  void start() {
    provider = startProvider();
  }

  @AfterAll
  void stop() {
    provider.close();
  }

  /** {@code context} is null only when a source marked {@code @IgnoreNoPactsToVerify} has no pacts. */
  @BeforeEach
  void target(@Nullable PactVerificationContext context) {
    if (context != null) {
      context.setTarget(new HttpTestTarget(provider.baseUrl().getHost(), provider.baseUrl().getPort()));
    }
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void providerHonoursInteraction(@Nullable PactVerificationContext context, @Nullable HttpRequest request) {
    if (context == null || request == null) {
      return;
    }
    ProviderStateHook.SetUpStates states = provider.stateHook().setUp(context.getInteraction().getProviderStates());
    injectHeadersFromProviderState(context.getInteraction(), request, states.values());
    try {
      context.verifyInteraction();
    } finally {
      states.close();
    }
  }

  /**
   * Request headers the pact marks as injected from the provider state ({@code ${apiKey}}) get the
   * value the state hook answered, as stock verifiers do with their state-change URL. (Pact JVM
   * applies such values only from {@code @State} methods, which this class does not use.)
   */
  private static void injectHeadersFromProviderState(Interaction interaction, HttpRequest request, Map<String, Object> values) {
    Map<String, Generator> headers = interaction.asSynchronousRequestResponse().getRequest().getGenerators()
        .getCategories().getOrDefault(Category.HEADER, Map.of());
    headers.forEach((header, generator) -> {
      if (generator instanceof ProviderStateGenerator injected) {
        String name = injected.getExpression().replaceAll("^\\$\\{(.*)}$", "$1");
        Object value = values.get(name);
        if (value == null) {
          throw new AssertionError("The provider state hook answered no '" + name + "' for header " + header + ": " + values);
        }
        request.setHeader(header, String.valueOf(value));
      }
    });
  }
}
