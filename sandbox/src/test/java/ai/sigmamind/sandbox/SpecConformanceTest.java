package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.ApiOperation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sandbox serves exactly the spec's operations, as the generated catalog {@link ApiOperation}
 * lists them: each (method, path template) reaches the route of that operation. Each operation
 * is called with a one-shot fault aimed at it, so only the right route answers 503. A sandbox
 * that lacks a route for an operation of the spec does not start.
 */
@ExtendWith(SandboxExtension.class)
class SpecConformanceTest {

  @ParameterizedTest
  @EnumSource(ApiOperation.class)
  void everyOperationIsServedAtItsMethodAndPath(ApiOperation operation, SigmaMindSandbox sandbox) {
    Api api = new Api(sandbox.baseUrl(), "key-spec");
    sandbox.injectFault(FaultRule.serviceUnavailable().onOperation(operation).nextRequests(1));
    String body = operation.method().equals("POST") || operation.method().equals("PUT") ? "{}" : null;

    Api.Reply reply = api.send(operation.method(), operation.pathTemplate().replaceAll("\\{\\w+}", "some_id"), body);

    assertThat(reply.code()).as("%s", operation).isEqualTo(503);
  }

  @Test
  void aSandboxMissingAnOperationDoesNotStart() {
    List<Route> routes = new ArrayList<>();
    for (ApiOperation operation : ApiOperation.values()) {
      routes.add(Route.api(operation, call -> Response.noContent()));
    }
    routes.remove(0);

    assertThatThrownBy(() -> new Router(routes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not served: [" + ApiOperation.values()[0] + "]");
  }
}
