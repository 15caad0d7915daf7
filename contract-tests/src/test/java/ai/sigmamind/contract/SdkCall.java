package ai.sigmamind.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * One SDK operation: the HTTP request the SDK must send for it (with the API key header pinned
 * as present) and how to make the SDK send it. The happy-path, 401 and 404 interactions all
 * describe requests through these, so they cannot disagree about what the SDK sends. Method and
 * path come from the generated catalog {@link ApiOperation}.
 *
 * @param <T> what the SDK returns for the call
 * @param operation the spec's operation
 * @param agentId the agent whose handle sends the request
 * @param path the operation's path template with its one parameter (if any) filled in
 * @param query the exact query string, or null
 * @param body the exact JSON body, or null
 * @param invocation makes the SDK send the request through the agent's handle
 */
record SdkCall<T>(ApiOperation operation, String agentId, String path, @Nullable String query, @Nullable DslPart body,
    Function<Agent, T> invocation) {
  static final String API_KEY_HEADER = "X-API-Key";

  /**
   * A call of {@code operation}, whose path parameter (templates have at most one) is {@code pathId}.
   *
   * @throws IllegalArgumentException if {@code pathId} is given for a path without parameter or missing for one with
   */
  static <T> SdkCall<T> of(ApiOperation operation, String agentId, @Nullable String pathId, @Nullable String query,
      @Nullable DslPart body, Function<Agent, T> invocation) {
    String template = operation.pathTemplate();
    boolean hasParameter = template.contains("{");
    if (hasParameter != (pathId != null)) {
      throw new IllegalArgumentException(operation + " " + template + (hasParameter ? " needs an id" : " takes no id"));
    }
    String path = pathId == null ? template : template.replaceFirst("\\{\\w+}", Matcher.quoteReplacement(pathId));
    return new SdkCall<>(operation, agentId, path, query, body, invocation);
  }

  /** An invocation of an operation that answers no content. */
  static Function<Agent, @Nullable Void> returningNothing(Consumer<Agent> invocation) {
    return agent -> {
      invocation.accept(agent);
      return null;
    };
  }

  /** A request body: the agent id, exactly, then {@code fields}. */
  static DslPart bodyOf(String agentId, Consumer<LambdaDslObject> fields) {
    return newJsonBody(body -> fields.accept(body.stringValue("agentId", agentId))).build();
  }

  String operationId() {
    return operation.operationId();
  }

  /** The same request, sent by another use of the SDK (for example its auto-pager instead of one page). */
  <U> SdkCall<U> sentBy(Function<Agent, U> otherInvocation) {
    return new SdkCall<>(operation, agentId, path, query, body, otherInvocation);
  }

  /** What the SDK returns for this call through {@code client}. */
  T invoke(SigmaMindClient client) {
    return invocation.apply(client.agent(agentId));
  }

  /** Makes the SDK send this request through {@code client} and asserts that it raises {@code expected}. */
  void assertRaises(SigmaMindClient client, Class<? extends Throwable> expected, String description) {
    assertThatThrownBy(() -> invoke(client)).as(description).isInstanceOf(expected);
  }

  /** The request, sent with {@code apiKey} as the example value of a header that must be present. */
  PactDslRequestWithPath request(PactDslRequestWithoutPath interaction, String apiKey) {
    return withHeaderQueryAndBody(interaction.method(operation.method()).path(path), apiKey);
  }

  /** The same, for an interaction chained onto a previous one (Pact's DSL types those differently). */
  PactDslRequestWithPath request(PactDslRequestWithPath interaction, String apiKey) {
    return withHeaderQueryAndBody(interaction.method(operation.method()).path(path), apiKey);
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
  private static PactDslRequestWithPath withApiKey(PactDslRequestWithPath request, String apiKey) {
    PactDslRequestWithPath described = request.matchHeader(API_KEY_HEADER, Bodies.NON_BLANK, apiKey);
    return Examples.API_KEY.equals(apiKey)
        ? described.headerFromProviderState(API_KEY_HEADER, "${" + Examples.API_KEY_STATE_VALUE + "}", apiKey)
        : described;
  }
}
