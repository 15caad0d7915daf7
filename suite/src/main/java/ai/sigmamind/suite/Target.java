package ai.sigmamind.suite;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.WaitOptions;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a suite runs, always chosen explicitly: SigmaMind's API (with a key) or an embedded
 * sandbox. Every report names it, so a sandbox run can never pass for a real one.
 *
 * <pre>{@code
 * try (Target target = Target.embeddedSandbox()) {
 *   System.out.println(target.description());   // "embedded sandbox at http://127.0.0.1:41233 (simulated: ...)"
 * }
 * try (Target target = Target.api(SigmaMindClient.builder().apiKey(key).build())) {
 *   ...
 * }
 * }</pre>
 */
public final class Target implements AutoCloseable {
  private final SigmaMindClient client;
  private final @Nullable SigmaMindSandbox sandbox;
  private final String baseUrl;

  private Target(SigmaMindClient client, @Nullable SigmaMindSandbox sandbox, String baseUrl) {
    this.client = client;
    this.sandbox = sandbox;
    this.baseUrl = baseUrl;
  }

  /**
   * SigmaMind's API, through {@code client} (closed with this target); the reports name the
   * client's base URL.
   *
   * @param client a client configured with the key and base URL
   * @return the target; closing it closes {@code client}
   */
  public static Target api(SigmaMindClient client) {
    String url = client.baseUrl();
    return new Target(client, null, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /**
   * A sandbox started in-process on a free loopback port: the newer wire shape (labels and
   * transcripts), unmarked runs passing so the {@code [sandbox:...]} markers alone decide
   * failures, runs completing 100 ms apart.
   *
   * @return the target, its sandbox running; closing it stops the sandbox
   */
  public static Target embeddedSandbox() {
    return sandbox(sandboxConfiguration());
  }

  /**
   * A sandbox built from {@code configuration}, started now and closed with this target.
   *
   * @param configuration the sandbox's settings; its port and host decide where it listens
   * @return the target, its sandbox running and its client using the seed key
   */
  public static Target sandbox(SigmaMindSandbox.Builder configuration) {
    SigmaMindSandbox sandbox = configuration.build().start();
    try {
      return new Target(SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(sandbox.baseUrl()).build(),
          sandbox, sandbox.baseUrl());
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  /**
   * What {@link #embeddedSandbox()} starts: {@link SigmaMindSandbox#embeddedDefaults()}.
   *
   * @return a new builder, to change before passing it to {@link #sandbox}
   */
  public static SigmaMindSandbox.Builder sandboxConfiguration() {
    return SigmaMindSandbox.embeddedDefaults();
  }

  /**
   * The client calling this target.
   *
   * @return the client, closed when this target is
   */
  public SigmaMindClient client() {
    return client;
  }

  /**
   * The embedded sandbox, when this is one (to set up provider states, inject faults...).
   *
   * @return the sandbox, or empty for the API
   */
  public Optional<SigmaMindSandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /**
   * Whether this is an embedded sandbox, not SigmaMind's API.
   *
   * @return true for a sandbox started by this target
   */
  public boolean isSandbox() {
    return sandbox != null;
  }

  /**
   * {@code sandbox} or {@code api}, for machine-readable reports.
   *
   * @return {@code sandbox} or {@code api}
   */
  public String kind() {
    return sandbox != null ? "sandbox" : "api";
  }

  /**
   * The base URL calls go to.
   *
   * @return the URL, as given or as the sandbox serves it
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * E.g. {@code embedded sandbox at http://127.0.0.1:41233 (simulated: ...)} or {@code SigmaMind API at https://api.sigmamind.ai}.
   *
   * @return one line naming the kind and the URL
   */
  public String description() {
    return sandbox != null
        ? "embedded sandbox at " + baseUrl + " (simulated: says nothing about your agent)"
        : "SigmaMind API at " + baseUrl;
  }

  /**
   * The lock that links {@code suite}'s entries to test-case ids: the file beside the suite for
   * the API; in memory for the embedded sandbox, whose test cases end with the run.
   *
   * @param suite a suite read from a file
   * @return the lock; for the API, read from its file now
   */
  public LockFile lockFor(Suite suite) {
    return sandbox != null ? LockFile.inMemory(suite.agentId()) : LockFile.read(LockFile.beside(suite.file()), suite.agentId());
  }

  /**
   * Polling suited to the target: the SDK's gentle defaults for the API, a quick pace for the
   * embedded sandbox, whose runs complete in a second or two.
   *
   * @return a new builder, for the caller to add a timeout and progress callback to
   */
  public WaitOptions.Builder waitOptions() {
    WaitOptions.Builder options = WaitOptions.builder();
    if (sandbox != null) {
      options.initialInterval(Duration.ofMillis(100)).maxInterval(Duration.ofMillis(250));
    }
    return options;
  }

  @Override
  public void close() {
    client.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public String toString() {
    return "Target[" + description() + "]";
  }
}
