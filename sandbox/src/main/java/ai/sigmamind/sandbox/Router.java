package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Finds the route for a method and a decoded path, telling 404 (no such path) from 405. */
final class Router {
  private final List<Route> routes;

  /**
   * @throws IllegalStateException unless the routes serve every operation of the spec
   *     ({@link ApiOperation}) exactly once: a sandbox lagging behind the spec does not start
   */
  Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
    Map<ApiOperation, Long> served = routes.stream().filter(route -> !route.admin())
        .collect(Collectors.groupingBy(route -> Objects.requireNonNull(route.operation()), () -> new EnumMap<>(ApiOperation.class),
            Collectors.counting()));
    Set<ApiOperation> missing = EnumSet.allOf(ApiOperation.class);
    missing.removeAll(served.keySet());
    served.values().removeIf(count -> count == 1);
    if (!missing.isEmpty() || !served.isEmpty()) {
      throw new IllegalStateException("The sandbox must serve every operation of the spec once; not served: " + missing
          + ", served more than once: " + served.keySet());
    }
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
