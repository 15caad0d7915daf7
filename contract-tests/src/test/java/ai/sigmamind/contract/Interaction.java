package ai.sigmamind.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One interaction of the contract, over Pact's DSL: what it is, the SDK call whose request it
 * expects, the provider states that request relies on, and the answer. The request skeleton (method,
 * path, key header, query, body) and the answer's (status, JSON content type) are written once,
 * here and in {@link SdkCall}; an interaction states only what is specific to it.
 *
 * @param <T> what the SDK returns for the call
 * @param description the interaction's description in the pact
 * @param call the SDK call that sends the request
 * @param apiKey the key the request carries (see {@link SdkCall})
 * @param states the provider states, in order
 * @param status the answer's status
 * @param body the answer's JSON body, or null for an answer whose body is not pinned
 */
record Interaction<T>(String description, SdkCall<T> call, String apiKey, List<String> states, int status,
    @Nullable DslPart body) {

  Interaction {
    states = List.copyOf(states);
  }

  /** {@code call}, with the accepted example key, answered with {@code status} and the JSON {@code body} (null: not pinned). */
  static <T> Interaction<T> answered(String description, SdkCall<T> call, int status, @Nullable DslPart body) {
    return new Interaction<>(description, call, Examples.API_KEY, List.of(), status, body);
  }

  /** The same interaction in one more provider state. */
  Interaction<T> given(String state) {
    List<String> more = new ArrayList<>(states);
    more.add(state);
    return new Interaction<>(description, call, apiKey, more, status, body);
  }

  /** The same interaction with its request carrying {@code key} instead. */
  Interaction<T> sentWith(String key) {
    return new Interaction<>(description, call, key, states, status, body);
  }

  /** What the SDK returns for the call when Pact's mock server answers this interaction (see {@link MockApi}). */
  T exchange() {
    return MockApi.exchange(this);
  }

  /** Adds this interaction to the pact being built: first, or after {@code previous}. */
  PactDslResponse appendTo(PactDslWithProvider pact, @Nullable PactDslResponse previous) {
    PactDslRequestWithPath request = request(pact, previous);
    return body == null ? request.willRespondWith().status(status) : Bodies.json(request, status, body);
  }

  private PactDslRequestWithPath request(PactDslWithProvider pact, @Nullable PactDslResponse previous) {
    if (states.isEmpty()) {
      return previous == null
          ? call.request(pact.uponReceiving(description), apiKey)
          : call.request(previous.uponReceiving(description), apiKey);
    }
    PactDslWithState given = previous == null ? pact.given(states.get(0)) : previous.given(states.get(0));
    for (String state : states.subList(1, states.size())) {
      given = given.given(state);
    }
    return call.request(given.uponReceiving(description), apiKey);
  }
}
