package ai.sigmamind.contract;

import ai.sigmamind.sdk.models.ApiOperation;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which operation of the generated catalog a concrete request (method and path) is. */
final class CatalogPaths {
  private CatalogPaths() {
  }

  /** The operation whose method and path template (a {parameter} is one segment) match; empty for none. */
  static Optional<ApiOperation> operationOf(String method, String path) {
    String withoutQuery = path.replaceFirst("\\?.*", "");
    for (ApiOperation operation : ApiOperation.values()) {
      Pattern template = Pattern.compile(Pattern.quote(operation.pathTemplate()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
      if (operation.method().equalsIgnoreCase(method) && template.matcher(withoutQuery).matches()) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
