package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link BatchRuns} over HTTP: the generated operations unwrapped, plus waiting and reporting. */
final class HttpBatchRuns extends BatchRunsHttpOperations implements BatchRuns {
  /** How many test-run details {@link #reportAsync} fetches at once, when the list lacks them. */
  static final int REPORT_DETAIL_CONCURRENCY = 4;

  private final ClientContext context;
  private final String agentId;

  HttpBatchRuns(ClientContext context, String agentId) {
    super(new RawBatchRuns(context, agentId));
    this.context = context;
    this.agentId = agentId;
  }

  @Override
  public String agentId() {
    return agentId;
  }

  @Override
  public RawBatchRuns withRawResponse() {
    return raw;
  }

  @Override
  public BatchRunCreated create(List<String> testCaseIds, RequestOptions options) {
    return raw.create(testCaseIds, options).value();
  }

  @Override
  public CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds, RequestOptions options) {
    return Futures.map(raw.createAsync(testCaseIds, options), ApiResponse::value);
  }

  @Override
  public CompletableFuture<BatchRun> waitForCompletionAsync(String batchId, WaitOptions options) {
    Ids.require(batchId, "batchId");
    Objects.requireNonNull(options, "options");
    return BatchWaiter.start(() -> getAsync(batchId), options, context.clock, context.sleeper);
  }

  @Override
  public CompletableFuture<BatchReport> reportAsync(String batchId) {
    TestRuns runs = new HttpTestRuns(context, agentId, Ids.require(batchId, "batchId"));
    return BatchReporter.gather(() -> getAsync(batchId), runs, REPORT_DETAIL_CONCURRENCY);
  }

  @Override
  public String toString() {
    return "BatchRuns{agentId=" + agentId + "}";
  }
}
