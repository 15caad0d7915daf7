package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.function.Consumer;

/**
 * {@link TestCases} over HTTP: the generated operations, unwrapped. A record of the raw operations
 * it unwraps, its component named for the {@code withRawResponse()} its interface declares.
 */
record HttpTestCases(RawTestCases withRawResponse) implements TestCasesHttpOperations, TestCases {
  /** A create request from a builder that starts with the agent's id. */
  static CreateTestCaseRequest createRequest(String agentId, Consumer<CreateTestCaseRequest.Builder> request) {
    CreateTestCaseRequest.Builder builder = CreateTestCaseRequest.builder().agentId(agentId);
    request.accept(builder);
    return builder.build();
  }

  /** An update request from a builder that starts with the agent's id; the id is checked first. */
  static UpdateTestCaseRequest updateRequest(
      String agentId, String testCaseId, Consumer<UpdateTestCaseRequest.Builder> changes) {
    Ids.require(testCaseId, "testCaseId");
    UpdateTestCaseRequest.Builder builder = UpdateTestCaseRequest.builder().agentId(agentId);
    changes.accept(builder);
    return builder.build();
  }

  @Override
  public String agentId() {
    return withRawResponse.agentId;
  }

  @Override
  public String toString() {
    return "TestCases{agentId=" + agentId() + "}";
  }
}
