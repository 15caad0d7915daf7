package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox serves exactly the spec's operations: every (method, path) of
 * {@code openapi/sigmamind.yaml} reaches the route the spec names by operationId. Each operation
 * is called with a one-shot fault aimed at its operationId, so only the right route answers 503.
 */
@ExtendWith(SandboxExtension.class)
class SpecConformanceTest {
  private static final Pattern PATH = Pattern.compile("^  (/\\S+):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
  private static final Pattern OPERATION_ID = Pattern.compile("^      operationId:\\s*(\\w+)\\s*$");

  private record Operation(String method, String path, String operationId) {
  }

  /** The operations, read from the spec's {@code paths} section line by line (its layout is fixed). */
  private static List<Operation> specOperations() throws IOException {
    List<Operation> operations = new ArrayList<>();
    String path = null;
    String method = null;
    for (String line : Files.readAllLines(Path.of(System.getProperty("sigmamind.spec", "../openapi/sigmamind.yaml")))) {
      if (line.equals("components:")) {
        break;
      }
      Matcher matcher;
      if ((matcher = PATH.matcher(line)).matches()) {
        path = matcher.group(1);
      } else if ((matcher = METHOD.matcher(line)).matches()) {
        method = matcher.group(1).toUpperCase(Locale.ROOT);
      } else if ((matcher = OPERATION_ID.matcher(line)).matches()) {
        operations.add(new Operation(method, path, matcher.group(1)));
      }
    }
    return operations;
  }

  @Test
  void everySpecOperationIsServedUnderItsOperationId(SigmaMindSandbox sandbox) throws IOException {
    List<Operation> operations = specOperations();
    Api api = new Api(sandbox.baseUrl(), "key-spec");

    assertThat(operations).hasSize(10);
    for (Operation operation : operations) {
      sandbox.injectFault(FaultRule.serviceUnavailable().onOperation(operation.operationId()).nextRequests(1));
      String body = operation.method().equals("POST") || operation.method().equals("PUT") ? "{}" : null;

      Api.Reply reply = api.send(operation.method(), operation.path().replaceAll("\\{\\w+}", "some_id"), body);

      assertThat(reply.code()).as("%s", operation).isEqualTo(503);
      sandbox.clearFaults();
    }
  }
}
