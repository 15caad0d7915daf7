/**
 * OpenTelemetry tracing and metrics for the SigmaMind client, built on its {@code
 * RequestListener}: a span per call, a client span per HTTP attempt and the {@code
 * http.client.request.duration} histogram, following OpenTelemetry's HTTP semantic conventions.
 *
 * <pre>{@code
 * SigmaMindClient client = SigmaMindClient.builder().fromEnv()
 *     .addListener(SigmaMindTelemetry.listener(openTelemetry))
 *     .build();
 * }</pre>
 */
@NullMarked
package ai.sigmamind.opentelemetry;

import org.jspecify.annotations.NullMarked;
