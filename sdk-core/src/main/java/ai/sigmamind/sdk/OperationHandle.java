package ai.sigmamind.sdk;

import org.jspecify.annotations.Nullable;

/**
 * What the generated operation layers ({@code *RawOperations}) work with: the client's context and
 * the ids their handle was made with, which fill the parameters the handle carries.
 */
abstract class OperationHandle {
  final ClientContext context;
  final String agentId;
  /** The batch of a test-runs handle; null for the other handles, whose operations never read it. */
  final @Nullable String batchId;

  OperationHandle(ClientContext context, String agentId, @Nullable String batchId) {
    this.context = context;
    this.agentId = agentId;
    this.batchId = batchId;
  }

  /** The request, checked to name this handle's agent: a request for another agent is a bug here. */
  final <T> T ofThisAgent(T request, String requestAgentId) {
    if (!agentId.equals(requestAgentId)) {
      throw new IllegalArgumentException(
          "request.agentId '" + requestAgentId + "' does not match this agent '" + agentId + "'");
    }
    return request;
  }
}
