package ai.sigmamind.contract;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's state-change URL, called the way Pact's verifiers call one: a POST of
 * {@code {"state": name, "params": {...}, "action": "setup"|"teardown"}} per provider state, and
 * one with a blank state for an interaction that has none (as the Rust verifier does). The
 * provider owns the registry of states it knows (the sandbox answers 400 naming its known
 * states), so this forwards every state instead of keeping a second list of names here. The JSON
 * objects the setups answer are the values for provider-state injected request values.
 */
final class ProviderStateHook {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ProviderStateHook(URI url) {
    this.url = url;
  }

  /**
   * Sets up every state, in order; closing the result tears them down.
   *
   * @throws AssertionError naming the state if the provider refuses one
   */
  SetUpStates setUp(List<ProviderState> states) {
    List<ProviderState> posted = states.isEmpty() ? List.of(new ProviderState("")) : states;
    Map<String, Object> values = new LinkedHashMap<>();
    posted.forEach(state -> values.putAll(post(state, "setup")));
    return new SetUpStates(Map.copyOf(values), () -> posted.forEach(state -> post(state, "teardown")));
  }

  /**
   * Provider states that are set up until closed.
   *
   * @param values what the setups answered, merged: the provider-state injected values
   * @param teardown tears the states down
   */
  record SetUpStates(Map<String, Object> values, Runnable teardown) {
    /** Tears the states down. */
    void close() {
      teardown.run();
    }
  }

  private Map<String, Object> post(ProviderState state, String action) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", state.getName());
    body.put("params", state.getParams());
    body.put("action", action);
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(url)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the params of provider state '" + state.getName() + "'", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Provider state hook " + url + " unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while setting provider state '" + state.getName() + "'", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError("Provider state '" + state.getName() + "' (" + action + ") failed with "
          + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new AssertionError("Provider state '" + state.getName() + "' (" + action + ") answered no JSON object: "
          + response.body(), e);
    }
  }
}
