package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiOperation;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Observes every call a client makes: its start, each attempt (with its outcome and the wait
 * before the next one) and its end. The one seam logging, metrics and tracing adapters build on.
 * Events carry the operation as the spec's generated {@link ApiOperation} (its id, HTTP method
 * and path template, {@code /v1/test-runs/{jobId}}), never the API key, ids or bodies. Methods
 * run on the thread that made or completed the attempt and must be quick; an exception one throws is ignored, so observing a
 * call never changes its outcome.
 *
 * <pre>{@code
 * SigmaMindClient client = SigmaMindClient.builder().fromEnv()
 *     .addListener(new RequestListener() {
 *       @Override
 *       public void onEnd(ApiOperation operation, End end) {
 *         metrics.timer("sigmamind." + operation.operationId()).record(end.duration());
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public interface RequestListener {
  /**
   * The listener that receives one call's events: called once per call, on the thread that made
   * the call, before {@link #onStart}. Return a new object to keep per-call state (a tracing span,
   * say) that concurrent calls must not share; async calls report their attempts and end on other
   * threads, one event at a time. The default returns this listener, which then sees every call.
   *
   * @param operation what is being called
   * @param server where the call goes
   * @return the listener for this call's {@code onStart}, {@code onAttempt} and {@code onEnd}
   */
  default RequestListener forCall(ApiOperation operation, Server server) {
    return this;
  }

  /**
   * A call is about to make its first attempt.
   *
   * @param operation the operation being called
   */
  default void onStart(ApiOperation operation) {
  }

  /**
   * An attempt finished; {@code attempt.retryWait()} says whether another follows, after how long.
   *
   * @param operation the operation being called
   * @param attempt the attempt's number, status, failure, duration and the wait before the next one
   */
  default void onAttempt(ApiOperation operation, Attempt attempt) {
  }

  /**
   * The call finished, successfully or not.
   *
   * @param operation the operation that was called
   * @param end how many attempts were made, the last status, the failure if any and the duration
   */
  default void onEnd(ApiOperation operation, End end) {
  }

  /**
   * The server a call goes to, as the client's base URL names it.
   *
   * @param address the host name or IP literal, e.g. {@code api.sigmamind.ai}
   * @param port the port, the scheme's default (443, 80) when the URL gives none
   */
  record Server(String address, int port) {
  }

  /**
   * One attempt's outcome.
   *
   * @param number 1 for the first attempt
   * @param statusCode the HTTP status, or 0 when no response came
   * @param failure the exception the attempt ended with, or null on success
   * @param duration from sending to the body read and decoded
   * @param retryWait the wait before the next attempt, or null when none follows
   */
  record Attempt(int number, int statusCode, @Nullable SigmaMindException failure, Duration duration,
      @Nullable Duration retryWait) {
  }

  /**
   * A call's end.
   *
   * @param attempts how many attempts were made
   * @param statusCode the last HTTP status, or 0 when no response came
   * @param failure what the call threw, or null on success
   * @param duration from start to end, waits included
   */
  record End(int attempts, int statusCode, @Nullable SigmaMindException failure, Duration duration) {
  }
}
