package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiError;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The API's Spring-style error body, {@code {"error","message","path","status","timestamp"}}. */
final class Errors {
  private static final Map<Integer, String> REASON_PHRASES = Map.ofEntries(
      Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"),
      Map.entry(408, "Request Timeout"),
      Map.entry(409, "Conflict"),
      Map.entry(413, "Payload Too Large"),
      Map.entry(415, "Unsupported Media Type"),
      Map.entry(422, "Unprocessable Entity"),
      Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"),
      Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  private Errors() {
  }

  /** The HTTP reason phrase, which Spring puts in {@code error}. */
  static String reasonPhrase(int status) {
    return REASON_PHRASES.getOrDefault(status, status < 500 ? "Client Error" : "Server Error");
  }

  static Response response(int status, String message, String path, Instant now) {
    ApiError body = ApiError.builder()
        .error(reasonPhrase(status))
        .message(message)
        .path(path)
        .status(status)
        .timestamp(now.atOffset(ZoneOffset.UTC))
        .build();
    return Response.json(status, Json.writeError(body));
  }
}
