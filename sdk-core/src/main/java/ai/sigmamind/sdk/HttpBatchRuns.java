package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link BatchRuns} over HTTP: the generated operations unwrapped, plus waiting and reporting. A
 * record of the raw operations it unwraps, its component named for the {@code withRawResponse()}
 * its interface declares.
 */
record HttpBatchRuns(RawBatchRuns withRawResponse) implements BatchRunsHttpOperations, BatchRuns {
  /** How many test-run details {@link #reportAsync} fetches at once, when the list lacks them. */
  static final int REPORT_DETAIL_CONCURRENCY = 4;

  @Override
  public String agentId() {
    return withRawResponse.agentId;
  }

  @Override
  public BatchRunCreated create(List<String> testCaseIds, RequestOptions options) {
    return withRawResponse.create(testCaseIds, options).value();
  }

  @Override
  public CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds, RequestOptions options) {
    return Futures.map(withRawResponse.createAsync(testCaseIds, options), ApiResponse::value);
  }

  @Override
  public CompletableFuture<BatchRun> waitForCompletionAsync(String batchId, WaitOptions options) {
    Ids.require(batchId, "batchId");
    Objects.requireNonNull(options, "options");
    return BatchWaiter.start(() -> getAsync(batchId), options, withRawResponse.context.clock, withRawResponse.context.sleeper);
  }

  @Override
  public CompletableFuture<BatchReport> reportAsync(String batchId) {
    TestRuns runs = new HttpAgent(withRawResponse.context, agentId()).testRuns(batchId);
    return BatchReporter.gather(() -> getAsync(batchId), runs, REPORT_DETAIL_CONCURRENCY);
  }

  @Override
  public String toString() {
    return "BatchRuns{agentId=" + agentId() + "}";
  }
}
