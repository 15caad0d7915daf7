package ai.sigmamind.opentelemetry;

import static ai.sigmamind.opentelemetry.HttpClientConventions.ERROR_TYPE;
import static ai.sigmamind.opentelemetry.HttpClientConventions.HTTP_REQUEST_METHOD;
import static ai.sigmamind.opentelemetry.HttpClientConventions.HTTP_REQUEST_RESEND_COUNT;
import static ai.sigmamind.opentelemetry.HttpClientConventions.HTTP_RESPONSE_STATUS_CODE;
import static ai.sigmamind.opentelemetry.HttpClientConventions.OPERATION_ID;
import static ai.sigmamind.opentelemetry.HttpClientConventions.SERVER_ADDRESS;
import static ai.sigmamind.opentelemetry.HttpClientConventions.SERVER_PORT;
import static ai.sigmamind.opentelemetry.HttpClientConventions.URL_TEMPLATE;

import ai.sigmamind.sdk.RequestListener;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.SigmaMindException;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call's spans. The client tells it of the call's start on the calling thread and of its
 * attempts and end on whichever thread completed them, one event at a time (the client orders
 * them), so the fields need no lock; volatile makes each write visible to the next event's thread.
 * Attempt spans are recorded when the attempt ends, started back by its measured duration.
 */
final class CallTelemetry implements RequestListener {
  private final TelemetryListener telemetry;
  /** What every attempt span and duration value carries besides its outcome. */
  private final Attributes requestAttributes;
  private volatile @Nullable Span callSpan;
  private volatile @Nullable Context callContext;

  CallTelemetry(TelemetryListener telemetry, ApiOperation operation, Server server) {
    this.telemetry = telemetry;
    this.requestAttributes = Attributes.builder()
        .put(HTTP_REQUEST_METHOD, operation.method())
        .put(URL_TEMPLATE, operation.pathTemplate())
        .put(SERVER_ADDRESS, server.address())
        .put(SERVER_PORT, (long) server.port())
        .put(OPERATION_ID, operation.operationId())
        .build();
  }

  @Override
  public void onStart(ApiOperation operation) {
    Context parent = Context.current();
    Span span = telemetry.tracer.spanBuilder(operation.operationId())
        .setSpanKind(SpanKind.INTERNAL)
        .setParent(parent)
        .setStartTimestamp(Instant.now())
        .setAttribute(OPERATION_ID, operation.operationId())
        .startSpan();
    callSpan = span;
    callContext = parent.with(span);
  }

  @Override
  public void onAttempt(ApiOperation operation, Attempt attempt) {
    Instant end = Instant.now();
    Context parent = Objects.requireNonNull(callContext, "onStart comes first");
    AttributesBuilder outcome = requestAttributes.toBuilder();
    if (attempt.statusCode() > 0) {
      outcome.put(HTTP_RESPONSE_STATUS_CODE, (long) attempt.statusCode());
    }
    String errorType = errorType(attempt.statusCode(), attempt.failure());
    if (errorType != null) {
      outcome.put(ERROR_TYPE, errorType);
    }
    Attributes measured = outcome.build();
    telemetry.requestDuration.record(attempt.duration().toNanos() / 1e9, measured, parent);

    Span span = telemetry.tracer.spanBuilder(operation.method() + " " + operation.pathTemplate())
        .setSpanKind(SpanKind.CLIENT)
        .setParent(parent)
        .setStartTimestamp(end.minus(attempt.duration()))
        .setAllAttributes(measured)
        .startSpan();
    if (attempt.number() > 1) {
      span.setAttribute(HTTP_REQUEST_RESEND_COUNT, attempt.number() - 1L);
    }
    if (errorType != null) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end(end);
  }

  @Override
  public void onEnd(ApiOperation operation, End end) {
    Span span = Objects.requireNonNull(callSpan, "onStart comes first");
    if (end.failure() != null) {
      span.setAttribute(ERROR_TYPE, end.failure().getClass().getName());
      span.setStatus(StatusCode.ERROR);
    }
    span.end(Instant.now());
  }

  /**
   * The conventions' {@code error.type}: the status code when the server answered 4xx or 5xx,
   * else the exception's class name (no response, or one that could not be read); null on success.
   */
  private static @Nullable String errorType(int statusCode, @Nullable SigmaMindException failure) {
    if (statusCode >= 400) {
      return Integer.toString(statusCode);
    }
    return failure == null ? null : failure.getClass().getName();
  }
}
