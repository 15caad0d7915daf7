package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One endpoint: method, path template ({@code /v1/test-cases/{testCaseId}}), the spec's
 * operation (which fault rules can target; null for the sandbox's own admin routes, which skip
 * auth and faults) and the handler.
 */
record Route(String method, String template, @Nullable ApiOperation operation, Handler handler) {

  /** Serves one call; throws {@link ApiException} for the API's 4xx answers. */
  @FunctionalInterface
  interface Handler {
    Response handle(Call call);
  }

  /** Serves one operation of the spec, at its method and path template. */
  static Route api(ApiOperation operation, Handler handler) {
    return new Route(operation.method(), operation.pathTemplate(), operation, handler);
  }

  static Route admin(String method, String template, Handler handler) {
    return new Route(method, template, null, handler);
  }

  boolean admin() {
    return operation == null;
  }

  List<String> segments() {
    return List.of(template.substring(1).split("/", -1));
  }
}
