package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.CreateBatchRunRequest;
import ai.sigmamind.sdk.models.TestCase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The three batch-run endpoints: start, list (newest first, paginated), get. */
record BatchRunHandlers(SandboxStore store, RunPlanner planner, Json json, Views views) {
  List<Route> routes() {
    return List.of(
        Route.api(ApiOperation.CREATE_BATCH_RUN, this::create),
        Route.api(ApiOperation.LIST_BATCH_RUNS, this::list),
        Route.api(ApiOperation.GET_BATCH_RUN, this::get));
  }

  /** Starts a batch of the request's test cases. */
  private Response create(Call call) {
    StartRequest request = StartRequest.read(json, call);
    StoredBatch batch = store.inWorkspace(call.workspaceKey(), workspace -> {
      AgentSummary agent = workspace.requireAgent(request.agentId());
      List<TestCase> testCases = request.testCaseIds().stream()
          .map(id -> workspace.requireTestCase(request.agentId(), id))
          .toList();
      StoredBatch started = planner.plan(workspace.id(), agent, testCases, call.now());
      workspace.putBatch(started);
      return started;
    });
    return Response.json(201, json.write(BatchRunCreated.class, views.created(batch)));
  }

  private Response list(Call call) {
    String agentId = call.requiredQuery("agentId");
    Paging paging = Paging.of(call);
    Paging.Slice<BatchRun> slice = store.inWorkspace(call.workspaceKey(),
        workspace -> paging.slice(workspace.batchesNewestFirst(agentId)))
        .map(batch -> views.batch(batch, call.now()));
    return Response.json(200, json.writePage(BatchRun.class, slice));
  }

  private Response get(Call call) {
    String agentId = call.requiredQuery("agentId");
    String batchId = call.pathParam("batchId");
    StoredBatch batch = store.inWorkspace(call.workspaceKey(), workspace -> workspace.requireBatch(agentId, batchId));
    return Response.json(200, json.write(BatchRun.class, views.batch(batch, call.now())));
  }

  /** What a start request asks for, checked before any workspace is touched; an id listed twice runs once. */
  private record StartRequest(String agentId, Set<String> testCaseIds) {
    static StartRequest read(Json json, Call call) {
      CreateBatchRunRequest request = json.read(CreateBatchRunRequest.class, call.body());
      String agentId = Checks.nonBlank(request.agentId(), "agentId");
      if (request.testCases().isEmpty()) {
        throw ApiException.badRequest("Field 'testCases' must list at least one test case id");
      }
      Set<String> testCaseIds = new LinkedHashSet<>();
      request.testCases().forEach(id -> testCaseIds.add(Checks.nonBlank(id, "testCases[]")));
      return new StartRequest(agentId, testCaseIds);
    }
  }
}
