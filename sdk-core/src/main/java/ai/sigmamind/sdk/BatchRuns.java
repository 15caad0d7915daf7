package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.BatchRunPage;
import ai.sigmamind.sdk.models.CreateBatchRunRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * One agent's batch runs: start one, read and list them, wait for one to complete and gather its
 * verdicts into a {@link BatchReport}.
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
public final class BatchRuns {
  /** How many test-run details {@link #report} fetches at once, when the list lacks them. */
  static final int REPORT_DETAIL_CONCURRENCY = 4;

  private final ClientContext context;
  private final String agentId;

  BatchRuns(ClientContext context, String agentId) {
    this.context = context;
    this.agentId = agentId;
  }

  /**
   * Whether a batch is complete: {@code successfulAttempts + failedAttempts >= totalAttempts} with
   * {@code totalAttempts > 0}. A missing success or failure counter counts as 0; a missing or
   * zero total means the server has not planned the runs yet, so the batch is not complete.
   *
   * <pre>{@code
   * boolean done = BatchRuns.isComplete(batchRuns.get(batchId));
   * }</pre>
   */
  public static boolean isComplete(BatchRun batch) {
    BatchProgress progress = BatchProgress.of(batch);
    return progress.total() > 0 && progress.done() >= progress.total();
  }

  /**
   * Starts a batch running the given test cases (at least one) against this agent.
   *
   * @throws IllegalArgumentException if the list is empty or an id is null or blank
   */
  public BatchRunCreated create(List<String> testCaseIds) {
    return context.executor.execute(createCall(testCaseIds));
  }

  /** {@link #create(List)} with the ids inline. */
  public BatchRunCreated create(String... testCaseIds) {
    return create(Arrays.asList(testCaseIds));
  }

  /** {@link #create(List)} without blocking. */
  public CompletableFuture<BatchRunCreated> createAsync(List<String> testCaseIds) {
    return context.executor.executeAsync(createCall(testCaseIds));
  }

  /** {@link #create(String...)} without blocking. */
  public CompletableFuture<BatchRunCreated> createAsync(String... testCaseIds) {
    return createAsync(Arrays.asList(testCaseIds));
  }

  /**
   * One batch with its test cases and counters.
   *
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  public BatchRun get(String batchId) {
    return context.executor.execute(getCall(batchId));
  }

  /** {@link #get(String)} without blocking. */
  public CompletableFuture<BatchRun> getAsync(String batchId) {
    return context.executor.executeAsync(getCall(batchId));
  }

  /** One page of this agent's batches, newest first. */
  public Page<BatchRun> list(PageRequest page) {
    return Page.of(context.executor.execute(listCall(page)));
  }

  /** {@link #list(PageRequest)} without blocking. */
  public CompletableFuture<Page<BatchRun>> listAsync(PageRequest page) {
    return Futures.map(context.executor.executeAsync(listCall(page)), Page::of);
  }

  /** Every batch of this agent, newest first, fetched page by page as iterated. */
  public AutoPager<BatchRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }

  /** {@link #waitForCompletion(String, WaitOptions)} with {@link WaitOptions#defaults()}. */
  public BatchRun waitForCompletion(String batchId) {
    return waitForCompletion(batchId, WaitOptions.defaults());
  }

  /**
   * Polls the batch until {@link #isComplete} holds, waiting 1 s, then 1.5 times longer each time
   * up to 15 s (configurable); the client's retry rule applies to each poll.
   *
   * @return the complete batch
   * @throws BatchWaitTimeoutException if the timeout passes first; it carries the last state
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  public BatchRun waitForCompletion(String batchId, WaitOptions options) {
    return Futures.await(waitForCompletionAsync(batchId, options));
  }

  /** {@link #waitForCompletion(String)} without blocking. */
  public CompletableFuture<BatchRun> waitForCompletionAsync(String batchId) {
    return waitForCompletionAsync(batchId, WaitOptions.defaults());
  }

  /**
   * {@link #waitForCompletion(String, WaitOptions)} without blocking any thread: waits between
   * polls run on the client's scheduler. Cancelling the future stops polling.
   */
  public CompletableFuture<BatchRun> waitForCompletionAsync(String batchId, WaitOptions options) {
    Ids.require(batchId, "batchId");
    Objects.requireNonNull(options, "options");
    return BatchWaiter.start(() -> getAsync(batchId), options, context.clock, context.sleeper);
  }

  /**
   * Gathers a batch's verdicts: the batch, then all its test runs (paged), then, only for failed
   * runs the list returned without remarks or transcript, their details ({@value
   * #REPORT_DETAIL_CONCURRENCY} at a time). Call it once the batch is complete; runs not judged
   * yet are counted as pending.
   *
   * @throws IllegalArgumentException if {@code batchId} is null or blank
   */
  public BatchReport report(String batchId) {
    return Futures.await(reportAsync(batchId));
  }

  /** {@link #report(String)} without blocking. Cancelling the future cancels the calls in flight. */
  public CompletableFuture<BatchReport> reportAsync(String batchId) {
    TestRuns runs = new TestRuns(context, agentId, Ids.require(batchId, "batchId"));
    return BatchReporter.gather(() -> getAsync(batchId), runs, REPORT_DETAIL_CONCURRENCY);
  }

  private Call<BatchRunCreated> createCall(List<String> testCaseIds) {
    Objects.requireNonNull(testCaseIds, "testCaseIds");
    if (testCaseIds.isEmpty()) {
      throw new IllegalArgumentException("testCaseIds must not be empty");
    }
    List<String> ids = new ArrayList<>(testCaseIds.size());
    for (int i = 0; i < testCaseIds.size(); i++) {
      ids.add(Ids.require(testCaseIds.get(i), "testCaseIds[" + i + "]"));
    }
    return context.batchRunsApi.createBatchRun(
        CreateBatchRunRequest.builder().agentId(agentId).testCases(ids).build());
  }

  private Call<BatchRun> getCall(String batchId) {
    return context.batchRunsApi.getBatchRun(Ids.pathSegment(batchId, "batchId"), agentId);
  }

  private Call<BatchRunPage> listCall(PageRequest page) {
    Objects.requireNonNull(page, "page");
    return context.batchRunsApi.listBatchRuns(agentId, page.page(), page.size());
  }

  @Override
  public String toString() {
    return "BatchRuns{agentId=" + agentId + "}";
  }
}
