package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link BatchRuns} over HTTP: the generated operations unwrapped, plus waiting and reporting. */
record HttpBatchRuns(RawBatchRuns raw) implements BatchRunsHttpOperations, BatchRuns {
  /** How many test-run details {@link #reportAsync} fetches at once, when the list lacks them. */
  static final int REPORT_DETAIL_CONCURRENCY = 4;

  @Override
  public String agentId() {
    return raw.agentId;
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
    return BatchWaiter.start(() -> getAsync(batchId), options, raw.context.clock, raw.context.sleeper);
  }

  @Override
  public CompletableFuture<BatchReport> reportAsync(String batchId) {
    TestRuns runs = new HttpAgent(raw.context, raw.agentId).testRuns(batchId);
    return BatchReporter.gather(() -> getAsync(batchId), runs, REPORT_DETAIL_CONCURRENCY);
  }

  @Override
  public String toString() {
    return "BatchRuns{agentId=" + raw.agentId + "}";
  }
}
