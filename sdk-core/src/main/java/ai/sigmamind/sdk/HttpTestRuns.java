package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.TestRun;
import java.util.concurrent.CompletableFuture;

/** {@link TestRuns} over HTTP: the raw operations, unwrapped. */
final class HttpTestRuns implements TestRuns {
  private final RawTestRuns raw;
  private final String agentId;
  private final String batchId;

  HttpTestRuns(ClientContext context, String agentId, String batchId) {
    this.raw = new RawTestRuns(context, agentId, batchId);
    this.agentId = agentId;
    this.batchId = batchId;
  }

  @Override
  public String batchId() {
    return batchId;
  }

  @Override
  public RawTestRuns withRawResponse() {
    return raw;
  }

  @Override
  public TestRun get(String jobId, RequestOptions options) {
    return raw.get(jobId, options).value();
  }

  @Override
  public CompletableFuture<TestRun> getAsync(String jobId, RequestOptions options) {
    return Futures.map(raw.getAsync(jobId, options), ApiResponse::value);
  }

  @Override
  public Page<TestRun> list(PageRequest page, RequestOptions options) {
    return Page.of(raw.list(page, options).value());
  }

  @Override
  public CompletableFuture<Page<TestRun>> listAsync(PageRequest page, RequestOptions options) {
    return Futures.map(raw.listAsync(page, options), response -> Page.of(response.value()));
  }

  @Override
  public String toString() {
    return "TestRuns{agentId=" + agentId + ", batchId=" + batchId + "}";
  }
}
