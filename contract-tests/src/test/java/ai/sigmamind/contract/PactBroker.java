package ai.sigmamind.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pact Broker this build publishes to and verifies from: configured only through the
 * environment, {@code PACT_BROKER_BASE_URL} plus either {@code PACT_BROKER_TOKEN} or
 * {@code PACT_BROKER_USERNAME}/{@code PACT_BROKER_PASSWORD}. Without the URL nothing is published
 * or fetched.
 */
final class PactBroker {
  static final String URL_VARIABLE = "PACT_BROKER_BASE_URL";

  private PactBroker() {
  }

  static String url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(URL_VARIABLE + " is not set");
    }
    return url;
  }

  /** Pact's broker-client options: the credentials, if any. */
  static Map<String, Object> clientOptions() {
    Map<String, Object> options = new HashMap<>();
    String token = System.getenv("PACT_BROKER_TOKEN");
    String username = System.getenv("PACT_BROKER_USERNAME");
    if (token != null && !token.isBlank()) {
      options.put("authentication", List.of("bearer", token));
    } else if (username != null && !username.isBlank()) {
      options.put("authentication", List.of("basic", username, String.valueOf(System.getenv("PACT_BROKER_PASSWORD"))));
    }
    return options;
  }
}
