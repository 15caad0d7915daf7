package ai.sigmamind.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's own endpoints under {@code /_sandbox/}: Pact's provider-state hook, reset and
 * clock advance. They need no API key (a Pact verifier or a script calls them, not a client of
 * the API) and can be switched off with {@link SigmaMindSandbox.Builder#adminEndpoints(boolean)}.
 */
record AdminHandlers(ProviderStates providerStates, Runnable reset, SandboxClock clock, Json json) {
  List<Route> routes() {
    return List.of(
        Route.admin("POST", "/_sandbox/provider-states", this::providerState),
        Route.admin("POST", "/_sandbox/reset", this::reset),
        Route.admin("POST", "/_sandbox/clock/advance", this::advanceClock));
  }

  /**
   * Pact's state-change call, {@code {"state": "...", "params": {...}, "action": "setup"}}: setup
   * answers the state's ids as a JSON object; teardown resets the whole sandbox. A missing or
   * blank state is no state: a no-op.
   */
  private Response providerState(Call call) {
    if (!(json.readTree(call.body()) instanceof Map<?, ?> body)) {
      throw ApiException.badRequest("Expected a JSON object {\"state\", \"params\", \"action\"}");
    }
    Object state = body.get("state");
    if (state != null && !(state instanceof String)) {
      throw ApiException.badRequest("Field 'state' must be a string");
    }
    Object action = body.containsKey("action") ? body.get("action") : "setup";
    if (!"setup".equals(action) && !"teardown".equals(action)) {
      throw ApiException.badRequest("Field 'action' must be \"setup\" or \"teardown\", was " + action);
    }
    // Stock verifiers post a blank state for interactions that have none: nothing to set up or
    // tear down, but setup still answers the key and workspace for provider-state injected values.
    String name = state == null ? "" : (String) state;
    if ("teardown".equals(action)) {
      if (!name.isBlank()) {
        reset.run();
      }
      return Response.json(200, "{}");
    }
    return Response.json(200, json.writeTree(providerStates.setUp(name, params(body.get("params")))));
  }

  private Response reset(Call call) {
    reset.run();
    return Response.noContent();
  }

  /** {@code ?seconds=N} (decimals allowed) moves the clock forward; answers {@code {"now": ...}}. */
  private Response advanceClock(Call call) {
    String text = call.requiredQuery("seconds");
    Duration amount;
    try {
      amount = Duration.ofNanos(new BigDecimal(text).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiException.badRequest("Parameter 'seconds' must be a number, was '" + text + "'");
    }
    if (amount.isNegative()) {
      throw ApiException.badRequest("Parameter 'seconds' must not be negative, was " + text);
    }
    clock.advance(amount);
    return Response.json(200, json.writeTree(Map.of("now", clock.instant().toString())));
  }

  /** Pact sends params as any JSON values; states read them as text (5.0 as "5"). */
  private static Map<String, String> params(@Nullable Object params) {
    if (params == null) {
      return Map.of();
    }
    if (!(params instanceof Map<?, ?> map)) {
      throw ApiException.badRequest("Field 'params' must be a JSON object");
    }
    Map<String, String> text = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      if (value != null) {
        text.put(String.valueOf(key), value instanceof Double number && number == Math.rint(number) && !number.isInfinite()
            ? BigDecimal.valueOf(number).toBigInteger().toString()
            : String.valueOf(value));
      }
    });
    return text;
  }
}
