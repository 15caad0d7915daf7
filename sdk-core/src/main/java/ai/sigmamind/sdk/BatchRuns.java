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
public interface BatchRuns extends BatchRunsOperations {
  /**
   * The agent whose batches these are.
   *
   * @return the agent's id, as given to {@link SigmaMindClient#agent(String)}
   */
  String agentId();

  /**
   * The same operations, returning {@link ApiResponse}s with status, headers and attempts.
   *
   * @return a view of this agent's batch runs that answers with the whole response
   */
  RawBatchRuns withRawResponse();

  /**
   * Starts a batch running the given test cases (at least one) against this agent.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), in order
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the new batch's id, workspace, agent and creation time (no counters yet)
   * @throws IllegalArgumentException if the list is empty or an id is null or blank
   */
  BatchRunCreated create(List<String> testCaseIds, RequestOptions options);

  /**
   * {@link #create(List, RequestOptions)} without blocking.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), in order
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the new batch's id, workspace, agent and creation time, or
   *     failing with the exception the blocking call would throw
   */
  CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds, RequestOptions options);

  /**
   * Polls the batch until it {@linkplain BatchProgress#isComplete() is complete} without blocking
   * any thread: waits between polls run on the client's scheduler, and are planned from the
   * batch's own pace (see {@link WaitOptions}). The client's retry rule applies to each poll.
   * Cancelling the future stops polling.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @param options the overall timeout, the bounds on the wait between polls and a progress callback
   * @return a future completing with the complete batch, or failing with a
   *     {@link BatchWaitTimeoutException} (carrying the last state) when the timeout passes first,
   *     or with the exception a poll failed with
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  CompletableFuture<BatchRun> waitForCompletionAsync(String batchId, WaitOptions options);

  /**
   * Gathers a batch's verdicts without blocking: the batch, then all its test runs (paged), then,
   * only for failed runs the list returned without remarks or transcript, their details (a few at
   * a time). Call it once the batch is complete; runs not judged yet are counted as pending.
   * Cancelling the future cancels the calls in flight.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @return a future completing with the report, or failing with the exception the first failed
   *     call failed with
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  CompletableFuture<BatchReport> reportAsync(String batchId);

  /**
   * {@link #create(List, RequestOptions)} with the client's settings.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), in order
   * @return the new batch's id, workspace, agent and creation time (no counters yet)
   */
  default BatchRunCreated create(List<String> testCaseIds) {
    return create(testCaseIds, RequestOptions.none());
  }

  /**
   * {@link #create(List)} with the ids inline.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), at least one
   * @return the new batch's id, workspace, agent and creation time (no counters yet)
   */
  default BatchRunCreated create(String... testCaseIds) {
    return create(Arrays.asList(testCaseIds));
  }

  /**
   * {@link #create(List)} without blocking.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), in order
   * @return a future completing with the new batch's id, workspace, agent and creation time, or
   *     failing with the exception the blocking call would throw
   */
  default CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds) {
    return createAsync(testCaseIds, RequestOptions.none());
  }

  /**
   * {@link #create(String...)} without blocking.
   *
   * @param testCaseIds the ids of the test cases to run (prefix {@code tc_}), at least one
   * @return a future completing with the new batch's id, workspace, agent and creation time, or
   *     failing with the exception the blocking call would throw
   */
  default CompletableFuture<BatchRunCreated> createAsync(String... testCaseIds) {
    return createAsync(Arrays.asList(testCaseIds));
  }

  /**
   * Every batch of this agent, newest first, fetched page by page as iterated.
   *
   * @return a lazy iterable: nothing is requested until iteration reaches a page
   */
  default AutoPager<BatchRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }

  /**
   * {@link #waitForCompletion(String, WaitOptions)} with {@link WaitOptions#defaults()}.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @return the complete batch
   */
  default BatchRun waitForCompletion(String batchId) {
    return waitForCompletion(batchId, WaitOptions.defaults());
  }

  /**
   * Blocks until the batch is complete; see {@link #waitForCompletionAsync(String, WaitOptions)}.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @param options the overall timeout, the bounds on the wait between polls and a progress callback
   * @return the complete batch
   * @throws BatchWaitTimeoutException if the timeout passes first; it carries the last state
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  default BatchRun waitForCompletion(String batchId, WaitOptions options) {
    return Futures.await(waitForCompletionAsync(batchId, options));
  }

  /**
   * {@link #waitForCompletion(String)} without blocking.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @return a future completing with the complete batch, or failing as
   *     {@link #waitForCompletionAsync(String, WaitOptions)} does
   */
  default CompletableFuture<BatchRun> waitForCompletionAsync(String batchId) {
    return waitForCompletionAsync(batchId, WaitOptions.defaults());
  }

  /**
   * Blocks for {@link #reportAsync(String)}.
   *
   * @param batchId the batch's id (prefix {@code batch_})
   * @return the batch's verdicts, per test case and with the failed runs' details
   */
  default BatchReport report(String batchId) {
    return Futures.await(reportAsync(batchId));
  }
}
