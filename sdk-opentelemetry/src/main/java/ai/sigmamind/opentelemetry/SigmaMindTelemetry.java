package ai.sigmamind.opentelemetry;

import ai.sigmamind.sdk.RequestListener;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * OpenTelemetry tracing and metrics for a {@code SigmaMindClient}, following OpenTelemetry's HTTP
 * semantic conventions. The listener it returns emits, for every call:
 *
 * <ul>
 *   <li>an {@code INTERNAL} span named by the operation id (e.g. {@code getTestRun}), a child of
 *       the context current when the call started, so async calls join the caller's trace;
 *   <li>under it, a {@code CLIENT} span per HTTP attempt, named {@code {method} {url.template}}
 *       (e.g. {@code GET /v1/test-runs/{jobId}}) with {@code http.request.method}, {@code
 *       url.template}, {@code server.address}, {@code server.port}, {@code
 *       http.response.status_code}, {@code error.type} on failure and {@code
 *       http.request.resend_count} on retries;
 *   <li>one {@code http.client.request.duration} histogram value per attempt, in seconds, with
 *       the same attributes (the resend count aside).
 * </ul>
 *
 * <p>Every span and value also carries {@code sigmamind.operation.id}. Nothing carries the API
 * key, ids, bodies or exception messages: the client's listener events hold none of them, which is
 * also why no {@code url.full} is set.
 *
 * <pre>{@code
 * SigmaMindClient client = SigmaMindClient.builder().fromEnv()
 *     .addListener(SigmaMindTelemetry.listener(GlobalOpenTelemetry.get()))
 *     .build();
 * }</pre>
 */
public final class SigmaMindTelemetry {
  private SigmaMindTelemetry() {
  }

  /**
   * A listener that reports calls to {@code openTelemetry}'s tracer and meter (instrumentation
   * scope {@code ai.sigmamind.opentelemetry}). Create one per {@code OpenTelemetry} and share it
   * between clients: it keeps no per-call state itself.
   *
   * @param openTelemetry where spans and metrics go, e.g. {@code GlobalOpenTelemetry.get()}
   * @return the listener to pass to {@code SigmaMindClient.Builder.addListener}
   * @throws NullPointerException if {@code openTelemetry} is null
   */
  public static RequestListener listener(OpenTelemetry openTelemetry) {
    return new TelemetryListener(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }
}
