package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.List;

/** The five test-case endpoints: create, list (a bare array), get, partial update, delete. */
record TestCaseHandlers(SandboxStore store, IdGenerator ids, Json json, Views views) {
  /** What the reference's examples use; the API's own default is not documented. */
  private static final String DEFAULT_LLM_MODEL = "gpt-4o-mini";

  List<Route> routes() {
    return List.of(
        Route.api(ApiOperation.CREATE_TEST_CASE, this::create),
        Route.api(ApiOperation.LIST_TEST_CASES, this::list),
        Route.api(ApiOperation.GET_TEST_CASE, this::get),
        Route.api(ApiOperation.UPDATE_TEST_CASE, this::update),
        Route.api(ApiOperation.DELETE_TEST_CASE, this::delete));
  }

  private Response create(Call call) {
    CreateTestCaseRequest request = json.read(CreateTestCaseRequest.class, call.body());
    String agentId = Checks.nonBlank(request.agentId(), "agentId");
    Checks.testCaseTexts(request.userPrompt(), request.successCriteria(), request.llmModel(), true);
    long attempts = Checks.attempts(request.attempt() == null ? 1 : request.attempt());
    TestCase created = store.inWorkspace(call.workspaceKey(), workspace -> {
      AgentSummary agent = workspace.requireAgent(agentId);
      TestCase testCase = TestCase.builder()
          .testCaseId(ids.next("tc_"))
          .label(request.label())
          .agent(agent)
          .workspaceId(workspace.id())
          .llmModel(request.llmModel() == null ? DEFAULT_LLM_MODEL : request.llmModel())
          .mockData(request.mockData())
          .userPrompt(request.userPrompt())
          .attempt(attempts)
          .successCriteria(request.successCriteria())
          .build();
      workspace.putTestCase(testCase);
      return testCase;
    });
    return Response.json(201, json.write(TestCase.class, views.testCase(created)));
  }

  private Response list(Call call) {
    String agentId = call.requiredQuery("agentId");
    List<TestCase> testCases = store.inWorkspace(call.workspaceKey(), workspace -> workspace.testCases(agentId));
    return Response.json(200, json.writeList(TestCase.class, testCases.stream().map(views::testCase).toList()));
  }

  private Response get(Call call) {
    String agentId = call.requiredQuery("agentId");
    String testCaseId = call.pathParam("testCaseId");
    TestCase testCase = store.inWorkspace(call.workspaceKey(), workspace -> workspace.requireTestCase(agentId, testCaseId));
    return Response.json(200, json.write(TestCase.class, views.testCase(testCase)));
  }

  /** Partial update: a field that is absent (or null) keeps its stored value. */
  private Response update(Call call) {
    UpdateTestCaseRequest request = json.read(UpdateTestCaseRequest.class, call.body());
    String agentId = Checks.nonBlank(request.agentId(), "agentId");
    Checks.testCaseTexts(request.userPrompt(), request.successCriteria(), request.llmModel(), false);
    if (request.attempt() != null) {
      Checks.attempts(request.attempt());
    }
    String testCaseId = call.pathParam("testCaseId");
    TestCase updated = store.inWorkspace(call.workspaceKey(), workspace -> {
      TestCase.Builder changed = workspace.requireTestCase(agentId, testCaseId).toBuilder();
      if (request.label() != null) {
        changed.label(request.label());
      }
      if (request.llmModel() != null) {
        changed.llmModel(request.llmModel());
      }
      if (request.hasMockData()) {
        changed.mockData(request.mockData());
      }
      if (request.userPrompt() != null) {
        changed.userPrompt(request.userPrompt());
      }
      if (request.attempt() != null) {
        changed.attempt(request.attempt());
      }
      if (request.successCriteria() != null) {
        changed.successCriteria(request.successCriteria());
      }
      TestCase testCase = changed.build();
      workspace.putTestCase(testCase);
      return testCase;
    });
    return Response.json(200, json.write(TestCase.class, views.testCase(updated)));
  }

  private Response delete(Call call) {
    String agentId = call.requiredQuery("agentId");
    String testCaseId = call.pathParam("testCaseId");
    store.withWorkspace(call.workspaceKey(), workspace -> workspace.removeTestCase(agentId, testCaseId));
    return Response.noContent();
  }
}
