package ai.sigmamind.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The names OpenTelemetry's HTTP semantic conventions give the attributes and metric this module
 * emits, kept here rather than taken from the incubating semconv artifact so the module depends
 * on opentelemetry-api alone.
 */
final class HttpClientConventions {
  static final String INSTRUMENTATION_SCOPE = "ai.sigmamind.opentelemetry";

  static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  /** Not a convention: the spec's operation id, which says more than the path template. */
  static final AttributeKey<String> OPERATION_ID = AttributeKey.stringKey("sigmamind.operation.id");

  static final String REQUEST_DURATION = "http.client.request.duration";
  static final String REQUEST_DURATION_DESCRIPTION = "Duration of HTTP client requests.";
  static final String REQUEST_DURATION_UNIT = "s";
  /** The boundaries the conventions advise for {@value #REQUEST_DURATION}, in seconds. */
  static final List<Double> REQUEST_DURATION_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private HttpClientConventions() {
  }
}
