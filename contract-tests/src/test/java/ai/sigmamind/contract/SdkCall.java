package ai.sigmamind.contract;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindClient;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One SDK operation: the HTTP request the SDK must send for it (with the API key header pinned
 * as present) and how to make the SDK send it. The happy-path, 401 and 404 interactions all
 * describe requests through these, so they cannot disagree about what the SDK sends.
 *
 * @param operationId the spec's operationId
 * @param agentId the agent whose handle sends the request
 * @param query the exact query string, or null
 * @param body the exact JSON body, or null
 * @param invocation makes the SDK send the request through the agent's handle
 */
record SdkCall(String operationId, String agentId, String method, String path, @Nullable String query, @Nullable DslPart body,
    Consumer<Agent> invocation) {
  static final String API_KEY_HEADER = "X-API-Key";

  /** The request, sent with {@code apiKey} as the example value of a header that must be present. */
  PactDslRequestWithPath request(PactDslRequestWithoutPath interaction, String apiKey) {
    return withHeaderQueryAndBody(interaction.method(method).path(path), apiKey);
  }

  /** The same, for an interaction chained onto a previous one (Pact's DSL types those differently). */
  PactDslRequestWithPath request(PactDslRequestWithPath interaction, String apiKey) {
    return withHeaderQueryAndBody(interaction.method(method).path(path), apiKey);
  }

  private PactDslRequestWithPath withHeaderQueryAndBody(PactDslRequestWithPath request, String apiKey) {
    PactDslRequestWithPath described = withApiKey(request, apiKey);
    if (query != null) {
      described = described.query(query);
    }
    if (body != null) {
      described = described.body(body);
    }
    return described;
  }

  /**
   * The {@code X-API-Key} header, pinned as present. {@link Examples#API_KEY} stands for "a key the
   * provider accepts": the pact says so itself, as a value injected from the provider state's
   * {@code apiKey}, so any Pact verifier sends the key of the workspace the state was set up in.
   * Any other key (the revoked one) is sent as it is.
   */
  static PactDslRequestWithPath withApiKey(PactDslRequestWithPath request, String apiKey) {
    PactDslRequestWithPath described = request.matchHeader(API_KEY_HEADER, Bodies.NON_BLANK, apiKey);
    return Examples.API_KEY.equals(apiKey)
        ? described.headerFromProviderState(API_KEY_HEADER, "${" + Examples.API_KEY_STATE_VALUE + "}", apiKey)
        : described;
  }

  /** Makes the SDK send this request; the test asserts on what it throws. */
  void invoke(SigmaMindClient client) {
    invocation.accept(client.agent(agentId));
  }
}
