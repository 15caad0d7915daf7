package ai.sigmamind.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's HTTP server and its threads: bound by {@link #start}, stopped for good by
 * {@link #close}. Thread-safe.
 */
final class SandboxServer {
  private static final int WORKER_THREADS = 16;

  static {
    // The JDK's server sends headers and body as separate packets; under Nagle's algorithm each
    // response then waits for the client's delayed ACK (about 40 ms). This property is the JDK's
    // only switch for TCP_NODELAY; an explicit setting by the application is left alone.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final InetAddress host;
  private final int requestedPort;
  private @Nullable HttpServer server;
  private @Nullable ExecutorService workers;
  private @Nullable ScheduledExecutorService delays;
  private boolean closed;

  SandboxServer(InetAddress host, int requestedPort) {
    this.host = host;
    this.requestedPort = requestedPort;
  }

  /**
   * Starts serving every path with the handler made for the server's scheduler of delayed responses.
   *
   * @throws IllegalStateException if it was already started or closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  synchronized void start(Function<ScheduledExecutorService, HttpHandler> handlerWithDelays) {
    if (server != null || closed) {
      throw new IllegalStateException(closed ? "Sandbox is closed" : "Sandbox is already started");
    }
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(host, requestedPort), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on " + authority(requestedPort), e);
    }
    workers = Executors.newFixedThreadPool(WORKER_THREADS, ServerSupport.daemonThreads("sigmamind-sandbox-worker"));
    delays = Executors.newSingleThreadScheduledExecutor(ServerSupport.daemonThreads("sigmamind-sandbox-latency"));
    http.createContext("/", handlerWithDelays.apply(delays));
    http.setExecutor(workers);
    http.start();
    server = http;
  }

  /** The bound port; throws IllegalStateException when not started, or closed. */
  synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("Sandbox is not started");
    }
    return server.getAddress().getPort();
  }

  /** {@code http://host:port}, an IPv6 host in brackets; throws IllegalStateException when not started, or closed. */
  String baseUrl() {
    return "http://" + authority(port());
  }

  private String authority(int port) {
    String address = host.getHostAddress();
    return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
  }

  /** Stops serving. Idempotent. */
  synchronized void close() {
    closed = true;
    if (server != null) {
      server.stop(0);
      Objects.requireNonNull(delays).shutdownNow();
      Objects.requireNonNull(workers).shutdownNow();
      server = null;
    }
  }

  /** The base URL, or "not started" or "closed". */
  synchronized String state() {
    return server == null ? (closed ? "closed" : "not started") : baseUrl();
  }
}
