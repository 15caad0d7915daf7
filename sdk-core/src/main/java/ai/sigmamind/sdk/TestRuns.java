package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * The test runs (jobs) of one batch of one agent, from {@link Agent#testRuns(String)}.
 *
 * <pre>{@code
 * TestRuns runs = client.agent("mJzLaPEo425lieb9").testRuns("batch_s0OJu2JWR8R45Fai");
 * TestRun run = runs.get("job_ksUu5yRHGTLLrLeM");
 * for (TestRun each : runs.listAll()) {
 *   System.out.println(each.jobId() + " " + each.successful());
 * }
 * }</pre>
 */
public final class TestRuns {
  private final ClientContext context;
  private final String agentId;
  private final String batchId;

  TestRuns(ClientContext context, String agentId, String batchId) {
    this.context = context;
    this.agentId = agentId;
    this.batchId = batchId;
  }

  /** The batch these runs belong to. */
  public String batchId() {
    return batchId;
  }

  /**
   * One test run. Its verdict is {@link TestRun#successful()}: null while the run is not judged.
   *
   * @throws IllegalArgumentException if {@code jobId} is null or blank
   * @throws NotFoundException if there is no such run
   */
  public TestRun get(String jobId) {
    return context.executor.execute(getCall(jobId));
  }

  /** {@link #get(String)} without blocking. */
  public CompletableFuture<TestRun> getAsync(String jobId) {
    return context.executor.executeAsync(getCall(jobId));
  }

  /** One page of the batch's runs. */
  public Page<TestRun> list(PageRequest page) {
    return Page.of(context.executor.execute(listCall(page)));
  }

  /** {@link #list(PageRequest)} without blocking. */
  public CompletableFuture<Page<TestRun>> listAsync(PageRequest page) {
    return Futures.map(context.executor.executeAsync(listCall(page)), Page::of);
  }

  /** Every run of the batch, fetched page by page ({@value PageRequest#MAX_SIZE} a page) as iterated. */
  public AutoPager<TestRun> listAll() {
    return new AutoPager<>(PageRequest.firstOfMaxSize(), this::list);
  }

  private Call<TestRun> getCall(String jobId) {
    return context.testRunsApi.getTestRun(Ids.pathSegment(jobId, "jobId"), batchId, agentId);
  }

  private Call<TestRunPage> listCall(PageRequest page) {
    return context.testRunsApi.listTestRuns(batchId, agentId, page.page(), page.size());
  }

  @Override
  public String toString() {
    return "TestRuns{agentId=" + agentId + ", batchId=" + batchId + "}";
  }
}
