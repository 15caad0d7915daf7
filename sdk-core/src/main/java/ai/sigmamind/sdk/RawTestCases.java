package ai.sigmamind.sdk;

/**
 * {@link TestCases}' operations returning the whole {@link ApiResponse}: status, headers, request
 * id and attempts with the parsed value. The operations are generated from the spec.
 *
 * <pre>{@code
 * ApiResponse<TestCase> created = agent.testCases().withRawResponse().create(request, RequestOptions.none());
 * System.out.println(created.statusCode() + " " + created.header("Location").orElse(""));
 * }</pre>
 */
public final class RawTestCases extends TestCasesRawOperations {
  RawTestCases(ClientContext context, String agentId) {
    super(context, agentId, null);
  }
}
