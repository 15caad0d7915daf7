package ai.sigmamind.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import java.util.function.Consumer;

/**
 * Response bodies as the SDK reads them. Matchers pin what the SDK relies on and no more: the
 * type of every field it decodes, a prefix-and-no-blank regex for ids (they are opaque, only the
 * documented prefix is promised), an ISO-8601 regex for date-times, and an exact value only where
 * the SDK's behaviour turns on it ({@code hasNext}, an empty list). Fields the SDK does not need to find (a running run's {@code completedDate}, newer
 * generations' {@code label} and {@code conversation}) are left out, so their absence never fails.
 */
final class Bodies {
  /** ISO-8601 with an offset, with or without fractions of a second: what the SDK's date adapter parses. */
  static final String ISO_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
  static final String NON_BLANK = "\\S+";
  static final String JSON_CONTENT_TYPE = "application/json(;.*)?";

  private static final String SEED_DATE = "2023-11-07T05:31:56Z";
  private static final String WORKSPACE_ID = "org_V6eZ2zg8ziDx5pft";

  private Bodies() {
  }

  /** The answer to {@code request}: {@code status}, a JSON content type (charset optional) and {@code body}. */
  static PactDslResponse json(PactDslRequestWithPath request, int status, DslPart body) {
    return request.willRespondWith()
        .status(status)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(body);
  }

  static void agent(LambdaDslObject agent) {
    agent.stringType("name", "Demo Agent")
        .stringMatcher("agentId", NON_BLANK, Examples.IDS.agentId())
        // An open set (Testing, Live, active, ...): a type, never an enum.
        .stringType("status", "Testing");
  }

  static void testCase(LambdaDslObject testCase) {
    testCase.stringMatcher("testCaseId", "tc_\\S+", Examples.IDS.testCaseId())
        .object("agent", Bodies::agent)
        .stringMatcher("workspaceId", "org_\\S+", WORKSPACE_ID)
        .stringType("llmModel", "gpt-4o-mini")
        // May be empty; with minimum 0, Pact needs the number of examples as well.
        .minArrayLike("mockData", 0, 1, variable -> variable
            .stringType("variableName", "customer_name")
            .stringType("value", "John Doe"))
        .stringType("userPrompt", "You are an angry customer who wants to cancel his subscription. ")
        .integerType("attempt", 5)
        .stringType("successCriteria",
            "Agent should acknowledge the request, offer alternatives, and confirm cancellation if the user insists.");
  }

  /** A run still in progress: no {@code completedDate}, verdict or remarks yet. */
  static void runningTestRun(LambdaDslObject run) {
    inBatch(run)
        .object("testCase", Bodies::testCase)
        .stringMatcher("jobId", "job_\\S+", Examples.IDS.jobId())
        // Both generations' prefixes, chat- and chat_.
        .stringMatcher("chatId", "chat[-_]\\S+", "chat-IpELinkFvINQ1212")
        .stringMatcher("createdDate", ISO_DATE_TIME, SEED_DATE);
  }

  /** A judged run. The verdict's wire name is {@code isSuccesful} (sic): that spelling is the contract. */
  static void completedTestRun(LambdaDslObject run) {
    runningTestRun(run);
    run.stringMatcher("completedDate", ISO_DATE_TIME, SEED_DATE)
        .booleanType("isSuccesful", true)
        .stringType("remarks",
            "The Agent successfully maintained focus on the primary task of addressing the customer's order enquiry.");
  }

  static void batchRunCreated(LambdaDslObject batch) {
    inBatch(batch).stringMatcher("createdDate", ISO_DATE_TIME, SEED_DATE);
  }

  /** What a batch and each of its runs start with: the batch's id, its workspace and its agent. */
  private static LambdaDslObject inBatch(LambdaDslObject object) {
    return object.stringMatcher("batchId", "batch_\\S+", Examples.IDS.batchId())
        .stringMatcher("workspaceId", "org_\\S+", WORKSPACE_ID)
        .object("agent", Bodies::agent);
  }

  /** A batch with its test cases and the counters the SDK's completion check reads. */
  static void batchRun(LambdaDslObject batch) {
    batchRunCreated(batch);
    batch.eachLike("testCases", Bodies::testCase)
        .integerType("successfulAttempts", 5)
        .integerType("failedAttempts", 0)
        .integerType("totalAttempts", 5);
  }

  /**
   * A page envelope whose items are each like {@code item}. {@code hasNext} is pinned by value:
   * the SDK's auto-pager asks for the next page exactly when it is true.
   */
  static DslPart page(Consumer<LambdaDslObject> item, int page, int size, boolean hasNext) {
    return envelope(body -> body.eachLike("data", item), page, size, hasNext ? size + 1 : 1,
        hasNext ? page + 2 : page + 1, hasNext);
  }

  /** A page with no items: {@code data} is pinned as an empty array. */
  static DslPart emptyPage(int size) {
    return envelope(body -> body.array("data", items -> { }), 0, size, 0, 0, false);
  }

  private static DslPart envelope(Consumer<LambdaDslObject> data, int page, int size, int totalCount, int totalPages,
      boolean hasNext) {
    return newJsonBody(body -> {
      data.accept(body);
      body.integerType("page", page)
          .integerType("size", size)
          .integerType("totalCount", totalCount)
          .integerType("totalPages", totalPages)
          .booleanValue("hasNext", hasNext)
          .booleanType("hasPrevious", page > 0);
    }).build();
  }

  /** The documented Spring-style error body, every field by type. */
  static DslPart errorBody(int status, String reason, String path) {
    return newJsonBody(body -> body
        .stringType("error", reason)
        .stringType("message", "Invalid request parameters")
        .stringType("path", path)
        .integerType("status", status)
        .stringMatcher("timestamp", ISO_DATE_TIME, "2026-04-17T08:21:07.338Z")).build();
  }
}
