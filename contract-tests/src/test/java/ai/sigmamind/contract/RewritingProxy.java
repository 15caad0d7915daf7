package ai.sigmamind.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A provider that drifted: it forwards every request (provider-state hook included) to a real
 * provider and rewrites the JSON bodies of the answers, e.g. to send a verdict as a string.
 * Loopback only.
 */
final class RewritingProxy implements ProviderUnderTest {
  /** Hop-by-hop headers, and those the JDK's client and server set themselves and refuse to be given. */
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "date", "expect", "host",
      "http2-settings", "transfer-encoding", "upgrade");

  private final ProviderUnderTest upstream;
  private final UnaryOperator<String> rewriteJson;
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private RewritingProxy(ProviderUnderTest upstream, UnaryOperator<String> rewriteJson) {
    this.upstream = upstream;
    this.rewriteJson = rewriteJson;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on the loopback interface", e);
    }
    server.createContext("/", this::forward);
    server.setExecutor(workers);
    server.start();
  }

  /** Starts a proxy in front of {@code upstream}, which it closes when closed. */
  static RewritingProxy start(ProviderUnderTest upstream, UnaryOperator<String> rewriteJson) {
    return new RewritingProxy(upstream, rewriteJson);
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public ProviderStateHook stateHook() {
    return new ProviderStateHook(baseUrl().resolve("/_sandbox/provider-states"));
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    upstream.close();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      HttpRequest.Builder request = HttpRequest.newBuilder(upstream.baseUrl().resolve(exchange.getRequestURI().toString()))
          .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase())) {
          values.forEach(value -> request.header(name, value));
        }
      });
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      String body = contentType.startsWith("application/json") ? rewriteJson.apply(response.body()) : response.body();
      response.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while forwarding", e);
    }
  }
}
