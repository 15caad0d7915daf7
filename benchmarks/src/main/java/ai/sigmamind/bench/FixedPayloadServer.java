package ai.sigmamind.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server that answers from fixed bytes, so the benchmarks measure clients, not a
 * server: {@code GET /v1/test-runs/{id}} returns the seed; {@code GET /v1/test-runs?page=N}
 * returns a page of {@link #PAGE_SIZE} runs out of {@link #totalRuns}.
 */
public final class FixedPayloadServer implements AutoCloseable {
  /** Runs per page of the listing. */
  public static final int PAGE_SIZE = 100;

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every exchange waits ~40 ms: the server, not the client, would be measured.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] seed = Payloads.seedTestRun();
  private final byte[] pageItems;
  private final int totalRuns;

  private FixedPayloadServer(int totalRuns) throws IOException {
    this.totalRuns = totalRuns;
    this.pageItems = pageItems();
    this.executor = Executors.newFixedThreadPool(4);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(executor);
    server.createContext("/v1/test-runs", this::handle);
    server.start();
  }

  /** Starts a server on a free loopback port whose listing holds {@code totalRuns} runs. */
  public static FixedPayloadServer start(int totalRuns) {
    try {
      return new FixedPayloadServer(totalRuns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      byte[] body = uri.getPath().startsWith("/v1/test-runs/") ? seed : page(pageNumber(uri.getRawQuery()));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static int pageNumber(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("page=")) {
          return Integer.parseInt(pair.substring(5));
        }
      }
    }
    return 0;
  }

  private byte[] page(int page) {
    int totalPages = (totalRuns + PAGE_SIZE - 1) / PAGE_SIZE;
    String tail = "],\"page\":" + page + ",\"size\":" + PAGE_SIZE + ",\"totalCount\":" + totalRuns
        + ",\"totalPages\":" + totalPages + ",\"hasNext\":" + (page + 1 < totalPages)
        + ",\"hasPrevious\":" + (page > 0) + "}";
    byte[] head = "{\"data\":[".getBytes(StandardCharsets.UTF_8);
    byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
    byte[] items = page < totalPages ? pageItems : new byte[0];
    byte[] body = new byte[head.length + items.length + tailBytes.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(items, 0, body, head.length, items.length);
    System.arraycopy(tailBytes, 0, body, head.length + items.length, tailBytes.length);
    return body;
  }

  private byte[] pageItems() {
    String run = new String(seed, StandardCharsets.UTF_8).strip();
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < PAGE_SIZE; i++) {
      items.append(i == 0 ? "" : ",").append(run);
    }
    return items.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
