package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentSummary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * All state, one workspace per API key. One lock serialises every operation: requests are small
 * and in memory, and a single lock makes each request atomic (a batch and its runs appear
 * together, a listing never sees half an update) without any reasoning about interleavings.
 */
final class SandboxStore {
  private final Map<String, Workspace> workspaces = new HashMap<>();
  /** Agents every workspace has: the seed's Demo Agent and those added through the Java API. */
  private final Map<String, AgentSummary> sharedAgents = new LinkedHashMap<>();
  private final boolean knownAgentsOnly;

  /** @param knownAgentsOnly false to create an agent on the first use of its id (see the builder) */
  SandboxStore(boolean knownAgentsOnly) {
    this.knownAgentsOnly = knownAgentsOnly;
    sharedAgents.put(SeedFixture.AGENT.agentId(), SeedFixture.AGENT);
  }

  /** The workspace id of a key: the seed's for {@link SigmaMindSandbox#SEED_API_KEY}, else derived from the key. */
  static String workspaceId(String apiKey) {
    if (apiKey.equals(SigmaMindSandbox.SEED_API_KEY)) {
      return SeedFixture.WORKSPACE_ID;
    }
    return "org_" + Seeds.alphanumerics(Seeds.random(0, "workspace", apiKey), 16);
  }

  synchronized <T> T inWorkspace(String apiKey, Function<Workspace, T> action) {
    return action.apply(workspace(apiKey));
  }

  synchronized void withWorkspace(String apiKey, Consumer<Workspace> action) {
    action.accept(workspace(apiKey));
  }

  /** Makes the agent known to every workspace, existing and future; kept across {@link #clear}. */
  synchronized void addSharedAgent(AgentSummary agent) {
    sharedAgents.put(agent.agentId(), agent);
    workspaces.values().forEach(workspace -> workspace.putAgent(agent));
  }

  /** Forgets every workspace's data. */
  synchronized void clear() {
    workspaces.clear();
  }

  private Workspace workspace(String apiKey) {
    return workspaces.computeIfAbsent(apiKey, key -> new Workspace(workspaceId(key), sharedAgents.values(), knownAgentsOnly));
  }
}
