package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ApiOperation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract is complete: for every operation of the spec (the generated catalog
 * {@link ApiOperation}) the pact has a success, a 401 and a 404 interaction, so an operation added
 * to the spec without a contract fails the build.
 */
class PactCoversEveryOperationIT {

  @Test
  void everyOperationHasASuccessA401AndA404Interaction() {
    List<JsonNode> interactions = PactJson.interactions(PactJson.read(Contract.generatedPact()));
    Map<ApiOperation, TreeSet<String>> statuses = new EnumMap<>(ApiOperation.class);
    for (JsonNode interaction : interactions) {
      JsonNode request = interaction.path("request");
      CatalogPaths.operationOf(request.path("method").asText(), request.path("path").asText()).ifPresent(operation ->
          statuses.computeIfAbsent(operation, any -> new TreeSet<>())
              .add(statusClass(interaction.path("response").path("status").asInt())));
    }

    Map<ApiOperation, TreeSet<String>> missing = new EnumMap<>(ApiOperation.class);
    for (ApiOperation operation : ApiOperation.values()) {
      TreeSet<String> absent = new TreeSet<>(List.of("2xx", "401", "404"));
      absent.removeAll(statuses.getOrDefault(operation, new TreeSet<>()));
      if (!absent.isEmpty()) {
        missing.put(operation, absent);
      }
    }
    assertThat(missing).as("operations without these interactions in the pact").isEmpty();
  }

  private static String statusClass(int status) {
    return status / 100 == 2 ? "2xx" : Integer.toString(status);
  }
}
