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
  /**
   * The batch these runs belong to.
   *
   * @return the batch's id, as given to {@link Agent#testRuns(String)}
   */
  String batchId();

  /**
   * The same operations, returning {@link ApiResponse}s with status, headers and attempts.
   *
   * @return a view of this batch's runs that answers with the whole response
   */
  RawTestRuns withRawResponse();

  /**
   * One test run. Its verdict is {@link TestRun#successful()}: null while the run is not judged.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the test run as it is now
   * @throws IllegalArgumentException if {@code jobId} is null or blank
   * @throws NotFoundException if there is no such run
   */
  TestRun get(String jobId, RequestOptions options);

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the test run, or failing with the exception the blocking call would throw
   */
  CompletableFuture<TestRun> getAsync(String jobId, RequestOptions options);

  /**
   * One page of the batch's runs.
   *
   * @param page which page (zero-based) and how many runs per page
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return the page, with whether another one follows
   */
  Page<TestRun> list(PageRequest page, RequestOptions options);

  /**
   * {@link #list(PageRequest, RequestOptions)} without blocking.
   *
   * @param page which page (zero-based) and how many runs per page
   * @param options settings for this call only; {@link RequestOptions#none()} keeps the client's
   * @return a future completing with the page, or failing with the exception the blocking call would throw
   */
  CompletableFuture<Page<TestRun>> listAsync(PageRequest page, RequestOptions options);

  /**
   * {@link #get(String, RequestOptions)} with the client's settings.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @return the test run as it is now
   */
  default TestRun get(String jobId) {
    return get(jobId, RequestOptions.none());
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param jobId the test run's id (prefix {@code job_})
   * @return a future completing with the test run, or failing with the exception the blocking call would throw
   */
  default CompletableFuture<TestRun> getAsync(String jobId) {
    return getAsync(jobId, RequestOptions.none());
  }

  /**
   * {@link #list(PageRequest, RequestOptions)} with the client's settings.
   *
   * @param page which page (zero-based) and how many runs per page
   * @return the page, with whether another one follows
   */
  default Page<TestRun> list(PageRequest page) {
    return list(page, RequestOptions.none());
  }

  /**
   * {@link #list(PageRequest)} without blocking.
   *
   * @param page which page (zero-based) and how many runs per page
   * @return a future completing with the page, or failing with the exception the blocking call would throw
   */
  default CompletableFuture<Page<TestRun>> listAsync(PageRequest page) {
    return listAsync(page, RequestOptions.none());
  }

  /**
   * Every run of the batch, fetched page by page ({@value PageRequest#MAX_SIZE} a page) as iterated.
   *
   * @return a lazy iterable: nothing is requested until iteration reaches a page
   */
  default AutoPager<TestRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }
}
