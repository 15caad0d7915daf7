package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * One SDK operation: the HTTP request the SDK must send for it (with the API key header pinned
 * as present) and how to make the SDK send it. The happy-path, 401 and 404 interactions all
 * describe requests through these, so they cannot disagree about what the SDK sends. Method and
 * path come from the generated catalog {@link ApiOperation}.
 *
 * @param operation the spec's operation
 * @param agentId the agent whose handle sends the request
 * @param path the operation's path template with its one parameter (if any) filled in
 * @param query the exact query string, or null
 * @param body the exact JSON body, or null
 * @param invocation makes the SDK send the request through the agent's handle
 */
record SdkCall(ApiOperation operation, String agentId, String path, @Nullable String query, @Nullable DslPart body,
    Consumer<Agent> invocation) {
  static final String API_KEY_HEADER = "X-API-Key";

  /**
   * A call of {@code operation}, whose path parameter (templates have at most one) is {@code id}.
   *
   * @throws IllegalArgumentException if {@code id} is given for a path without parameter or missing for one with
   */
  static SdkCall of(ApiOperation operation, String agentId, @Nullable String id, @Nullable String query, @Nullable DslPart body,
      Consumer<Agent> invocation) {
    String template = operation.pathTemplate();
    boolean hasParameter = template.contains("{");
    if (hasParameter != (id != null)) {
      throw new IllegalArgumentException(operation + " " + template + (hasParameter ? " needs an id" : " takes no id"));
    }
    String path = id == null ? template : template.replaceFirst("\\{\\w+}", Matcher.quoteReplacement(id));
    return new SdkCall(operation, agentId, path, query, body, invocation);
  }

  String operationId() {
    return operation.operationId();
  }

  /** The request, sent with {@code apiKey} as the example value of a header that must be present. */
  PactDslRequestWithPath request(PactDslRequestWithoutPath interaction, String apiKey) {
    return withHeaderQueryAndBody(interaction.method(operation.method()).path(path), apiKey);
  }

  /** The same, for an interaction chained onto a previous one (Pact's DSL types those differently). */
  PactDslRequestWithPath request(PactDslRequestWithPath interaction, String apiKey) {
    return withHeaderQueryAndBody(interaction.method(operation.method()).path(path), apiKey);
  }

  /** The request, sent with the accepted key {@link Examples#API_KEY}, answered with {@code status} and a JSON body. */
  PactDslResponse answered(PactDslRequestWithoutPath interaction, int status, DslPart body) {
    return Bodies.json(request(interaction, Examples.API_KEY), status, body);
  }

  /** The same, for an interaction chained onto a previous one. */
  PactDslResponse answered(PactDslRequestWithPath interaction, int status, DslPart body) {
    return Bodies.json(request(interaction, Examples.API_KEY), status, body);
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

  /** Makes the SDK send this request through {@code client} and asserts that it raises {@code expected}. */
  void assertRaises(SigmaMindClient client, Class<? extends Throwable> expected, String description) {
    assertThatThrownBy(() -> invocation.accept(client.agent(agentId))).as(description).isInstanceOf(expected);
  }
}
