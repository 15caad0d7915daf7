package ai.sigmamind.sandbox;

import java.util.List;

/**
 * One endpoint: method, path template ({@code /v1/test-cases/{testCaseId}}), the spec's
 * operationId (which fault rules can target) and the handler. Admin routes skip auth and faults.
 */
record Route(String method, String template, String operationId, boolean admin, Handler handler) {

  /** Serves one call; throws {@link ApiException} for the API's 4xx answers. */
  @FunctionalInterface
  interface Handler {
    Response handle(Call call);
  }

  static Route api(String method, String template, String operationId, Handler handler) {
    return new Route(method, template, operationId, false, handler);
  }

  static Route admin(String method, String template, String operationId, Handler handler) {
    return new Route(method, template, operationId, true, handler);
  }

  List<String> segments() {
    return List.of(template.substring(1).split("/", -1));
  }
}
