package ai.sigmamind.opentelemetry;

import ai.sigmamind.sdk.RequestListener;
import ai.sigmamind.sdk.models.ApiOperation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Tracer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Holds the tracer and histogram; hands each call a {@link CallTelemetry} of its own. */
final class TelemetryListener implements RequestListener {
  private static final String VERSION = version();

  final Tracer tracer;
  final DoubleHistogram requestDuration;

  TelemetryListener(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.tracerBuilder(HttpClientConventions.INSTRUMENTATION_SCOPE)
        .setInstrumentationVersion(VERSION)
        .build();
    this.requestDuration = openTelemetry.meterBuilder(HttpClientConventions.INSTRUMENTATION_SCOPE)
        .setInstrumentationVersion(VERSION)
        .build()
        .histogramBuilder(HttpClientConventions.REQUEST_DURATION)
        .setDescription(HttpClientConventions.REQUEST_DURATION_DESCRIPTION)
        .setUnit(HttpClientConventions.REQUEST_DURATION_UNIT)
        .setExplicitBucketBoundariesAdvice(HttpClientConventions.REQUEST_DURATION_BUCKETS)
        .build();
  }

  @Override
  public RequestListener forCall(ApiOperation operation, Server server) {
    return new CallTelemetry(this, operation, server);
  }

  /** This module's version, written into a resource by the build. */
  private static String version() {
    try (InputStream in = TelemetryListener.class.getResourceAsStream("opentelemetry.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
