package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One agent's batch runs: start one, read and list them, wait for one to complete and gather its
 * verdicts into a {@link BatchReport}. Whether a batch is complete is {@link
 * BatchProgress#isComplete()}. An interface so tests can hand code a fake or a mock: the abstract
 * methods are the complete forms, every shorter one is a default method calling them.
 *
 * <pre>{@code
 * BatchRuns batchRuns = client.agent("mJzLaPEo425lieb9").batchRuns();
 * BatchRunCreated created = batchRuns.create("tc_d17T6uReChpyfFeP", "tc_x2");
 * batchRuns.waitForCompletion(created.batchId(), WaitOptions.builder()
 *     .onProgress(p -> System.out.println(p.done() + "/" + p.total()))
 *     .build());
 * BatchReport report = batchRuns.report(created.batchId());
 * System.out.println(report.toTable());
 * }</pre>
 *
 * <p>Starting a batch is a POST and is never sent twice unless it provably did not reach the
 * server (see {@link SigmaMindClient.Builder#maxRetries}).
 */
public interface BatchRuns {
  /** The agent whose batches these are. */
  String agentId();

  /** The same operations, returning {@link ApiResponse}s with status, headers and attempts. */
  RawBatchRuns withRawResponse();

  /**
   * Starts a batch running the given test cases (at least one) against this agent.
   *
   * @throws IllegalArgumentException if the list is empty or an id is null or blank
   */
  BatchRunCreated create(List<String> testCaseIds, RequestOptions options);

  /** {@link #create(List, RequestOptions)} without blocking. */
  CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds, RequestOptions options);

  /**
   * One batch with its test cases and counters.
   *
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  BatchRun get(String batchId, RequestOptions options);

  /** {@link #get(String, RequestOptions)} without blocking. */
  CompletableFuture<BatchRun> getAsync(String batchId, RequestOptions options);

  /** One page of this agent's batches, newest first. */
  Page<BatchRun> list(PageRequest page, RequestOptions options);

  /** {@link #list(PageRequest, RequestOptions)} without blocking. */
  CompletableFuture<Page<BatchRun>> listAsync(PageRequest page, RequestOptions options);

  /**
   * Polls the batch until it {@linkplain BatchProgress#isComplete() is complete} without blocking
   * any thread: waits between polls run on the client's scheduler, and are planned from the
   * batch's own pace (see {@link WaitOptions}). The client's retry rule applies to each poll.
   * Cancelling the future stops polling.
   *
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  CompletableFuture<BatchRun> waitForCompletionAsync(String batchId, WaitOptions options);

  /**
   * Gathers a batch's verdicts without blocking: the batch, then all its test runs (paged), then,
   * only for failed runs the list returned without remarks or transcript, their details (a few at
   * a time). Call it once the batch is complete; runs not judged yet are counted as pending.
   * Cancelling the future cancels the calls in flight.
   *
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  CompletableFuture<BatchReport> reportAsync(String batchId);

  /** {@link #create(List, RequestOptions)} with the client's settings. */
  default BatchRunCreated create(List<String> testCaseIds) {
    return create(testCaseIds, RequestOptions.none());
  }

  /** {@link #create(List)} with the ids inline. */
  default BatchRunCreated create(String... testCaseIds) {
    return create(Arrays.asList(testCaseIds));
  }

  /** {@link #create(List)} without blocking. */
  default CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds) {
    return createAsync(testCaseIds, RequestOptions.none());
  }

  /** {@link #create(String...)} without blocking. */
  default CompletableFuture<BatchRunCreated> createAsync(String... testCaseIds) {
    return createAsync(Arrays.asList(testCaseIds));
  }

  /** {@link #get(String, RequestOptions)} with the client's settings. */
  default BatchRun get(String batchId) {
    return get(batchId, RequestOptions.none());
  }

  /** {@link #get(String)} without blocking. */
  default CompletableFuture<BatchRun> getAsync(String batchId) {
    return getAsync(batchId, RequestOptions.none());
  }

  /** {@link #list(PageRequest, RequestOptions)} with the client's settings. */
  default Page<BatchRun> list(PageRequest page) {
    return list(page, RequestOptions.none());
  }

  /** {@link #list(PageRequest)} without blocking. */
  default CompletableFuture<Page<BatchRun>> listAsync(PageRequest page) {
    return listAsync(page, RequestOptions.none());
  }

  /** Every batch of this agent, newest first, fetched page by page as iterated. */
  default AutoPager<BatchRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }

  /** {@link #waitForCompletion(String, WaitOptions)} with {@link WaitOptions#defaults()}. */
  default BatchRun waitForCompletion(String batchId) {
    return waitForCompletion(batchId, WaitOptions.defaults());
  }

  /**
   * Blocks until the batch is complete; see {@link #waitForCompletionAsync(String, WaitOptions)}.
   *
   * @return the complete batch
   * @throws BatchWaitTimeoutException if the timeout passes first; it carries the last state
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  default BatchRun waitForCompletion(String batchId, WaitOptions options) {
    return Futures.await(waitForCompletionAsync(batchId, options));
  }

  /** {@link #waitForCompletion(String)} without blocking. */
  default CompletableFuture<BatchRun> waitForCompletionAsync(String batchId) {
    return waitForCompletionAsync(batchId, WaitOptions.defaults());
  }

  /** Blocks for {@link #reportAsync(String)}. */
  default BatchReport report(String batchId) {
    return Futures.await(reportAsync(batchId));
  }
}
