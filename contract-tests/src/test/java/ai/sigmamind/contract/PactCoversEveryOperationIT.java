package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract is complete: for every operation of the spec the pact has a success, a 401 and a
 * 404 interaction, so an operation added to the spec without a contract fails the build.
 */
class PactCoversEveryOperationIT {

  /** An operation of the spec and the concrete paths it matches. */
  private record Operation(String id, String method, Pattern path) {
    boolean matches(JsonNode request) {
      return method.equalsIgnoreCase(request.path("method").asText()) && path.matcher(request.path("path").asText()).matches();
    }
  }

  @Test
  void everyOperationHasASuccessA401AndA404Interaction() {
    List<Operation> operations = operations(new OpenAPIV3Parser().read(Contract.spec().toString()));
    List<JsonNode> interactions = PactJson.interactions(PactJson.read(Contract.generatedPact()));
    assertThat(operations).as("operations in the spec").isNotEmpty();

    TreeMap<String, TreeSet<String>> missing = new TreeMap<>();
    for (Operation operation : operations) {
      TreeSet<String> statuses = new TreeSet<>();
      interactions.stream()
          .filter(interaction -> operation.matches(interaction.path("request")))
          .forEach(interaction -> statuses.add(statusClass(interaction.path("response").path("status").asInt())));
      TreeSet<String> absent = new TreeSet<>(List.of("2xx", "401", "404"));
      absent.removeAll(statuses);
      if (!absent.isEmpty()) {
        missing.put(operation.id(), absent);
      }
    }
    assertThat(missing).as("operations without these interactions in the pact").isEmpty();
  }

  private static List<Operation> operations(OpenAPI spec) {
    List<Operation> operations = new ArrayList<>();
    spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
      // A {parameter} is one path segment.
      Pattern path = Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
      operations.add(new Operation(operation.getOperationId(), method.name(), path));
    }));
    return operations;
  }

  private static String statusClass(int status) {
    return status / 100 == 2 ? "2xx" : Integer.toString(status);
  }
}
