package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.TestRun;
import java.util.concurrent.CompletableFuture;

/**
 * The test runs (jobs) of one batch of one agent, from {@link Agent#testRuns(String)}. An
 * interface so tests can hand code a fake or a mock: the abstract methods take {@link
 * RequestOptions}, every shorter form is a default method calling them.
 *
 * <pre>{@code
 * TestRuns runs = client.agent("mJzLaPEo425lieb9").testRuns("batch_s0OJu2JWR8R45Fai");
 * TestRun run = runs.get("job_ksUu5yRHGTLLrLeM");
 * for (TestRun each : runs.listAll()) {
 *   System.out.println(each.jobId() + " " + each.successful());
 * }
 * }</pre>
 */
public interface TestRuns {
  /** The batch these runs belong to. */
  String batchId();

  /** The same operations, returning {@link ApiResponse}s with status, headers and attempts. */
  RawTestRuns withRawResponse();

  /**
   * One test run. Its verdict is {@link TestRun#successful()}: null while the run is not judged.
   *
   * @throws IllegalArgumentException if {@code jobId} is null or blank
   * @throws NotFoundException if there is no such run
   */
  TestRun get(String jobId, RequestOptions options);

  /** {@link #get(String, RequestOptions)} without blocking. */
  CompletableFuture<TestRun> getAsync(String jobId, RequestOptions options);

  /** One page of the batch's runs. */
  Page<TestRun> list(PageRequest page, RequestOptions options);

  /** {@link #list(PageRequest, RequestOptions)} without blocking. */
  CompletableFuture<Page<TestRun>> listAsync(PageRequest page, RequestOptions options);

  /** {@link #get(String, RequestOptions)} with the client's settings. */
  default TestRun get(String jobId) {
    return get(jobId, RequestOptions.none());
  }

  /** {@link #get(String)} without blocking. */
  default CompletableFuture<TestRun> getAsync(String jobId) {
    return getAsync(jobId, RequestOptions.none());
  }

  /** {@link #list(PageRequest, RequestOptions)} with the client's settings. */
  default Page<TestRun> list(PageRequest page) {
    return list(page, RequestOptions.none());
  }

  /** {@link #list(PageRequest)} without blocking. */
  default CompletableFuture<Page<TestRun>> listAsync(PageRequest page) {
    return listAsync(page, RequestOptions.none());
  }

  /** Every run of the batch, fetched page by page ({@value PageRequest#MAX_SIZE} a page) as iterated. */
  default AutoPager<TestRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }
}
