package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.TestRun;
import java.util.List;

/** The two test-run endpoints: list a batch's runs (paginated, in run order) and get one. */
record TestRunHandlers(SandboxStore store, Json json, Views views) {
  List<Route> routes() {
    return List.of(
        Route.api(ApiOperation.LIST_TEST_RUNS, this::list),
        Route.api(ApiOperation.GET_TEST_RUN, this::get));
  }

  private Response list(Call call) {
    String batchId = call.requiredQuery("batchId");
    String agentId = call.requiredQuery("agentId");
    Paging paging = Paging.of(call);
    StoredBatch batch = store.inWorkspace(call.workspaceKey(), workspace -> workspace.requireBatch(agentId, batchId));
    Paging.Slice<TestRun> slice = paging.slice(batch.runs()).map(run -> views.run(batch, run, call.now()));
    return Response.json(200, json.writePage(TestRun.class, slice));
  }

  private Response get(Call call) {
    String batchId = call.requiredQuery("batchId");
    String agentId = call.requiredQuery("agentId");
    String jobId = call.pathParam("jobId");
    StoredBatch batch = store.inWorkspace(call.workspaceKey(), workspace -> workspace.requireBatch(agentId, batchId));
    StoredRun run = batch.runs().stream()
        .filter(candidate -> candidate.jobId().equals(jobId))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("Test run " + jobId + " not found in batch run " + batchId));
    return Response.json(200, json.write(TestRun.class, views.run(batch, run, call.now())));
  }
}
