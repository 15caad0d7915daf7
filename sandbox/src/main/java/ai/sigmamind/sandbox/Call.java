package ai.sigmamind.sandbox;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as a handler sees it: decoded path parameters and query, the caller's API key, the
 * body, and the sandbox time the request is served at (read once, so one response is consistent).
 */
record Call(
    Map<String, String> pathParams,
    Map<String, String> query,
    @Nullable String apiKey,
    byte[] body,
    Instant now) {

  String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("Route has no path parameter " + name);
    }
    return value;
  }

  /** A query parameter, or null when absent or blank (Spring treats both as missing). */
  @Nullable String query(String name) {
    String value = query.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** A required query parameter; 400 when it is missing or blank. */
  String requiredQuery(String name) {
    String value = query(name);
    if (value == null) {
      throw ApiException.badRequest("Required request parameter '" + name + "' is missing");
    }
    return value;
  }

  /** The authenticated caller's key, which selects the workspace; set on every API call. */
  String workspaceKey() {
    if (apiKey == null) {
      throw new IllegalStateException("Call was not authenticated");
    }
    return apiKey;
  }
}
