package ai.sigmamind.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What users need to test their own error handling: exceptions they construct, handles they fake. */
class TestDoublesTest {

  @Test
  void apiExceptionsAreBuiltFromStatusHeadersAndBody() {
    ResponseDetails details = ResponseDetails.builder(404)
        .request("GET", "/v1/test-cases/tc_missing")
        .header("X-Request-Id", "req_1")
        .body("{\"error\":\"Not Found\",\"message\":\"Test case not found\",\"status\":404}")
        .build();

    NotFoundException e = new NotFoundException(details);

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).contains("req_1");
    assertThat(e.apiError().orElseThrow().message()).isEqualTo("Test case not found");
    assertThat(e.headers()).containsKey("x-request-id");
    assertThat(e).hasMessage("404 Not Found on GET /v1/test-cases/tc_missing: Test case not found (request id req_1)");
  }

  @Test
  void everyExceptionTypeHasAPublicConstructor() {
    ResponseDetails teapot = ResponseDetails.builder(418).body("<html>teapot</html>").build();

    assertThat(new RateLimitException(ResponseDetails.builder(429).header("Retry-After", "30").build()).retryAfter())
        .contains(Duration.ofSeconds(30));
    assertThat(new UnexpectedStatusException(teapot).bodyExcerpt()).isEqualTo("<html>teapot</html>");
    assertThat(new BadRequestException(ResponseDetails.builder(400).build()).statusCode()).isEqualTo(400);
    assertThat(new AuthenticationException(ResponseDetails.builder(401).build())).isInstanceOf(SigmaMindApiException.class);
    assertThat(new PermissionDeniedException(ResponseDetails.builder(403).build()).statusCode()).isEqualTo(403);
    assertThat(new ConflictException(ResponseDetails.builder(409).build()).statusCode()).isEqualTo(409);
    assertThat(new UnprocessableEntityException(ResponseDetails.builder(422).build()).statusCode()).isEqualTo(422);
    assertThat(new InternalServerException(ResponseDetails.builder(503).build()).statusCode()).isEqualTo(503);
    assertThat(new ResponseDecodingException("bad", 200, "GET", "/v1/x", "y".repeat(600), null).bodyExcerpt())
        .hasSize(512);
    assertThat(new SigmaMindIoException("reset", new IOException("reset"))).hasCauseInstanceOf(IOException.class);
    assertThat(new SigmaMindTimeoutException("slow", new IOException("timeout"))).hasMessage("slow");
    assertThat(new SigmaMindException("any", null)).hasNoCause();
    assertThat(new BatchWaitTimeoutException("late", BatchRun.builder().batchId("b").build()).lastBatchRun().batchId())
        .isEqualTo("b");
    assertThatThrownBy(() -> ResponseDetails.builder(42)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHandleCanBeReplacedByAHandWrittenFake() {
    TestRuns fake = new TestRuns() {
      @Override
      public String batchId() {
        return "batch_fake";
      }

      @Override
      public RawTestRuns withRawResponse() {
        throw new UnsupportedOperationException();
      }

      @Override
      public TestRun get(String jobId, RequestOptions options) {
        throw new NotFoundException(ResponseDetails.builder(404).request("GET", "/v1/test-runs/" + jobId).build());
      }

      @Override
      public CompletableFuture<TestRun> getAsync(String jobId, RequestOptions options) {
        return CompletableFuture.failedFuture(new SigmaMindIoException("offline", new IOException("offline")));
      }

      @Override
      public Page<TestRun> list(PageRequest page, RequestOptions options) {
        throw new UnsupportedOperationException();
      }

      @Override
      public CompletableFuture<Page<TestRun>> listAsync(PageRequest page, RequestOptions options) {
        throw new UnsupportedOperationException();
      }
    };

    // The short forms users call are default methods that reach the fake's complete ones.
    assertThatThrownBy(() -> fake.get("job_1")).isInstanceOf(NotFoundException.class).hasMessageContaining("job_1");
    assertThat(fake.getAsync("job_1")).isCompletedExceptionally();
  }
}
