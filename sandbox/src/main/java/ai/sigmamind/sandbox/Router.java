package ai.sigmamind.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Finds the route for a method and a decoded path, telling 404 (no such path) from 405. */
final class Router {
  private final List<Route> routes;

  Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /**
   * The route and its path parameters; or no route, with the methods the path does allow (empty:
   * unknown path, 404; otherwise 405).
   */
  record Match(@Nullable Route route, Map<String, String> pathParams, Set<String> allowedMethods) {
  }

  /** {@code segments} are the decoded segments after the leading slash. */
  Match match(String method, List<String> segments) {
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = bind(route.segments(), segments);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(route, params, Set.of());
      }
      allowed.add(route.method());
    }
    return new Match(null, Map.of(), allowed);
  }

  /** The operationIds of the API routes (not the admin ones): what fault rules may target. */
  Set<String> apiOperationIds() {
    return routes.stream().filter(route -> !route.admin()).map(Route::operationId).collect(Collectors.toSet());
  }

  private static @Nullable Map<String, String> bind(List<String> template, List<String> segments) {
    if (template.size() != segments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String expected = template.get(i);
      String actual = segments.get(i);
      if (expected.startsWith("{")) {
        if (actual.isEmpty()) {
          return null;
        }
        params.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return params;
  }
}
