package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP front: for every request, route it, apply injected faults, authenticate, run the
 * handler and write the response, turning every failure into the API's error body (400 for
 * anything unparseable, 500 only for a sandbox bug).
 */
record ApiServer(Router router, Faults faults, ApiKeys apiKeys, SandboxClock clock, ScheduledExecutorService delays)
    implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
  /** Far above any real request; a larger body is refused before it can fill the heap. */
  static final int MAX_REQUEST_BODY_BYTES = 1024 * 1024;

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    byte[] body;
    try (var in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_REQUEST_BODY_BYTES + 1);
    }
    if (body.length > MAX_REQUEST_BODY_BYTES) {
      send(exchange, Errors.response(413, "Request body over " + MAX_REQUEST_BODY_BYTES + " bytes", path, clock.instant()));
      return;
    }
    Router.Match match = router.match(exchange.getRequestMethod(), decodeSegments(path));
    Route route = match.route();
    if (route != null && route.admin()) {
      respond(exchange, body, path, match);
      return;
    }
    Faults.Decision decision = faults.decide(route == null ? null : route.operation(), path);
    if (decision.delay().isZero()) {
      applyFault(exchange, body, path, match, decision);
      return;
    }
    try {
      // The exchange stays open while no thread waits: a delayed response costs no worker.
      delays.schedule(() -> applyFault(exchange, body, path, match, decision),
          decision.delay().toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException stopping) {
      exchange.close();
    }
  }

  /** Ends the request as the injected fault says, or serves it when there is none. */
  private void applyFault(HttpExchange exchange, byte[] body, String path, Router.Match match,
      Faults.Decision decision) {
    FaultRule failure = decision.failure();
    if (failure == null) {
      respond(exchange, body, path, match);
    } else if (failure.effect().kind() == FaultRule.Kind.DROP_CONNECTION) {
      // Closing before any header is sent closes the connection: the client gets no response.
      exchange.close();
    } else {
      Response error = Errors.response(failure.effect().status(), "Injected fault: " + failure, path, clock.instant());
      Duration retryAfter = failure.effect().retryAfter();
      send(exchange, retryAfter == null ? error : error.withHeader("Retry-After", wholeSeconds(retryAfter)));
    }
  }

  private void respond(HttpExchange exchange, byte[] body, String path, Router.Match match) {
    Instant now = clock.instant();
    Response response;
    try {
      response = serve(exchange, body, path, match, now);
    } catch (ApiException e) {
      response = Errors.response(e.status(), e.getMessage(), path, now);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Sandbox failed on " + exchange.getRequestMethod() + " " + path, e);
      response = Errors.response(500, "The sandbox failed: " + e, path, now);
    }
    send(exchange, response);
  }

  private Response serve(HttpExchange exchange, byte[] body, String path, Router.Match match, Instant now) {
    Route route = match.route();
    String apiKey = null;
    if (route == null || !route.admin()) {
      apiKey = apiKeys.authenticate(exchange.getRequestHeaders().getFirst("X-API-Key"));
    }
    if (route == null) {
      String method = exchange.getRequestMethod();
      if (match.allowedMethods().isEmpty()) {
        throw ApiException.notFound("No endpoint " + method + " " + path);
      }
      String allow = String.join(", ", match.allowedMethods());
      return Errors.response(405, "Method " + method + " is not supported by " + path + "; use " + allow, path, now)
          .withHeader("Allow", allow);
    }
    Map<String, String> query = decodeQuery(exchange.getRequestURI().getRawQuery());
    return route.handler().handle(new Call(match.pathParams(), query, apiKey, body, now));
  }

  private static void send(HttpExchange exchange, Response response) {
    try (exchange) {
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      String json = response.json();
      if (json == null) {
        exchange.sendResponseHeaders(response.status(), -1);
        return;
      }
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(response.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientGone) {
      LOG.log(Level.DEBUG, "Client went away before the response was sent", clientGone);
    }
  }

  /**
   * The path's segments after the leading slash, each percent-decoded on its own so an encoded
   * {@code /} stays inside its id. ('+' is literal in paths.) The JDK server has already refused
   * malformed escapes (with its own 400) before any handler runs.
   */
  private static List<String> decodeSegments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.substring(1).split("/", -1)) {
      segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return segments;
  }

  private static Map<String, String> decodeQuery(@Nullable String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(name, value);
    }
    return query;
  }

  private static String wholeSeconds(Duration duration) {
    long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    return Long.toString(seconds);
  }
}
