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
public interface TestRuns extends TestRunsOperations {
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
   * Every run of the batch, fetched page by page ({@value PageRequest#MAX_SIZE} a page) as iterated.
   *
   * @return a lazy iterable: nothing is requested until iteration reaches a page
   */
  default AutoPager<TestRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }
}
