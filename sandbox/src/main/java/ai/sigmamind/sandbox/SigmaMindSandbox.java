package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.AgentStatus;
import ai.sigmamind.sdk.models.AgentSummary;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRun;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A faithful, deterministic, stateful simulator of SigmaMind's agent-testing API, served over HTTP
 * on the loopback interface: every operation of the spec ({@link ApiOperation}) with its shapes,
 * status codes and error body; one workspace per API key; batches whose runs complete as the
 * {@link SandboxClock} advances, with seeded verdicts, transcripts and remarks; fault injection;
 * and Pact provider states. See the package documentation for the markers and states.
 *
 * <pre>{@code
 * try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seed(42).build().start()) {
 *   String baseUrl = sandbox.baseUrl();            // http://127.0.0.1:<port>
 *   // ... point the SDK (or any HTTP client) at baseUrl, with any X-API-Key ...
 *   sandbox.clock().advance(Duration.ofMinutes(1)); // let running batches complete
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of clients may call it concurrently.
 */
public final class SigmaMindSandbox implements AutoCloseable {
  /**
   * The API key whose workspace is the seed's, {@code org_V6eZ2zg8ziDx5pft}, and the key provider
   * states use unless their params name another ({@code apiKey}).
   */
  public static final String SEED_API_KEY = "sandbox-seed-key";

  /** The builder's on/off settings. */
  private enum Switch { SEED_DATA, ADMIN_ENDPOINTS, KNOWN_AGENTS_ONLY, DRIFT }

  private final SandboxServer server;
  private final boolean seedData;
  private final WireShape wireShape;
  private final SandboxClock clock;
  private final SandboxStore store;
  private final IdGenerator ids;
  private final Faults faults;
  private final ApiKeys apiKeys;
  private final Router router;
  private final ProviderStates providerStates;
  private final VerdictEngine verdicts;

  private SigmaMindSandbox(Builder builder) {
    this.server = new SandboxServer(builder.host, builder.port);
    this.seedData = builder.isOn(Switch.SEED_DATA);
    this.wireShape = builder.wireShape;
    this.clock = builder.clock == null ? SandboxClock.system() : builder.clock;
    this.store = new SandboxStore(builder.isOn(Switch.KNOWN_AGENTS_ONLY));
    this.ids = new IdGenerator(builder.seed);
    this.faults = new Faults(builder.seed);
    this.apiKeys = new ApiKeys(builder.apiKeys);
    Json json = new Json(wireShape);
    Views views = new Views(wireShape);
    this.verdicts = new VerdictEngine(builder.seed, builder.passProbability);
    RunPlanner planner = new RunPlanner(ids, verdicts, new TranscriptGenerator(builder.seed), builder.pace);
    List<Route> routes = new ArrayList<>();
    routes.addAll(new TestCaseHandlers(store, ids, json, views).routes());
    routes.addAll(new BatchRunHandlers(store, planner, json, views).routes());
    routes.addAll(new TestRunHandlers(store, json, views).routes());
    routes.replaceAll(route -> builder.isOn(Switch.DRIFT) ? ResponseDrift.wrap(route) : route);
    this.providerStates = new ProviderStates(store, ids, planner);
    if (builder.isOn(Switch.ADMIN_ENDPOINTS)) {
      routes.addAll(new AdminHandlers(providerStates, this::reset, clock, json).routes());
    }
    this.router = new Router(routes);
    putSeedData();
  }

  /**
   * A builder with the defaults: port 0, seed 0, {@link WireShape#SEED}, pace 1 s, pass probability 0.8.
   *
   * @return a new builder, independent of any other
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What an embedded sandbox (the {@code sigmamind} tool's {@code --target sandbox}, the JUnit
   * engine, the Maven plugin) starts: the newer wire shape (labels and transcripts), unmarked runs
   * passing so the {@code [sandbox:...]} markers alone decide failures, runs completing 100 ms
   * apart (quick, yet slow enough to watch).
   *
   * <pre>{@code
   * SigmaMindSandbox sandbox = SigmaMindSandbox.embeddedDefaults().pace(Duration.ZERO).build().start();
   * }</pre>
   *
   * @return a new builder with those settings, to change before building
   */
  public static Builder embeddedDefaults() {
    return builder().wireShape(WireShape.NEWER).passProbability(1.0).pace(Duration.ofMillis(100));
  }

  /**
   * Starts serving on the configured host (127.0.0.1 by default).
   *
   * @return this sandbox, started
   * @throws IllegalStateException if it was already started or closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  public SigmaMindSandbox start() {
    server.start(delays -> new ApiServer(router, faults, apiKeys, clock, delays));
    return this;
  }

  /**
   * Sets up a named provider state from Java, as {@code POST /_sandbox/provider-states} does for
   * a Pact verifier (works with the admin endpoints off, and before {@link #start()}).
   *
   * <pre>{@code
   * Map<String, String> ids = sandbox.setUpProviderState(
   *     "test run job_ksUu5yRHGTLLrLeM of batch batch_s0OJu2JWR8R45Fai exists and succeeded", Map.of());
   * }</pre>
   *
   * @param state the provider state's name as a Pact file gives it, ids included
   * @param params values that override or add to the name's placeholders, e.g. {@code apiKey};
   *     empty for none
   * @return the ids the state created or used, with {@code apiKey} and {@code workspaceId}
   * @throws IllegalArgumentException for a name no known state matches (the message lists them)
   */
  public Map<String, String> setUpProviderState(String state, Map<String, String> params) {
    try {
      return providerStates.setUp(state, params);
    } catch (ApiException unknown) {
      throw new IllegalArgumentException(unknown.getMessage(), unknown);
    }
  }

  /**
   * Where the sandbox serves the API.
   *
   * @return {@code http://127.0.0.1:<port>} (or the configured host), without a trailing slash
   * @throws IllegalStateException if the sandbox is not started, or already closed
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The port it listens on.
   *
   * @return the bound port: the one the system chose, for port 0
   * @throws IllegalStateException if the sandbox is not started, or already closed
   */
  public int port() {
    return server.port();
  }

  /**
   * The clock runs complete by; {@link SandboxClock#advance advance} it to complete them.
   *
   * @return the builder's clock, or the system-following clock made for this sandbox
   */
  public SandboxClock clock() {
    return clock;
  }

  /**
   * The API generation this sandbox answers as.
   *
   * @return the configured shape, {@link WireShape#SEED} by default
   */
  public WireShape wireShape() {
    return wireShape;
  }

  /**
   * The workspace id the sandbox gives an API key; stable across runs and seeds.
   *
   * @param apiKey any API key, accepted by this sandbox or not
   * @return the id, {@code org_} followed by 16 letters and digits derived from the key
   */
  public String workspaceId(String apiKey) {
    return SandboxStore.workspaceId(Objects.requireNonNull(apiKey, "apiKey"));
  }

  /**
   * The verdict this sandbox gives a run once it completes, decided as for the runs of a started
   * batch: by the test case's marker, else drawn from the seed and the pass probability. Needs no
   * HTTP, no start and no stored test case, so a test can tell in advance what a seeded sandbox
   * will answer, and a simulation can draw many batches' verdicts quickly.
   *
   * <pre>{@code
   * TestCase testCase = TestCase.builder().testCaseId("tc_1").userPrompt("A customer. [sandbox:p=0.7]").build();
   * TestRun.Verdict first = sandbox.verdict(testCase, "batch_1", 1);   // the same for the same seed
   * }</pre>
   *
   * @param testCase the test case: its id, and its {@code userPrompt} and {@code successCriteria} for markers
   * @param batchId the batch the run belongs to; only a {@code [sandbox:p=…]} draw depends on it
   * @param attempt the run's attempt number within its batch, from 1
   * @return what {@link TestRun#verdict()} of that run says once the run completes: {@code PASSED} or
   *     {@code FAILED}, or {@code PENDING} for a run that never completes ({@code [sandbox:stuck]})
   * @throws IllegalArgumentException if {@code attempt} is less than 1
   */
  public TestRun.Verdict verdict(TestCase testCase, String batchId, long attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1, was " + attempt);
    }
    return verdicts.verdict(Objects.requireNonNull(testCase, "testCase"), Objects.requireNonNull(batchId, "batchId"),
        attempt);
  }

  /**
   * Adds an agent to every workspace (the seed's Demo Agent, {@code mJzLaPEo425lieb9}, is always
   * there). Agents survive {@link #reset}.
   *
   * @param agentId the id test cases and batches name the agent by; not blank. An agent already
   *     added with this id is replaced
   * @param name the display name the API returns for it
   * @param status the status the API returns for it
   * @throws IllegalArgumentException if {@code agentId} is blank
   */
  public void addAgent(String agentId, String name, AgentStatus status) {
    if (agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank");
    }
    store.addSharedAgent(AgentSummary.builder().agentId(agentId).name(name).status(status).build());
  }

  /**
   * Adds a fault rule; it applies to requests that arrive from now on. A rule naming an
   * operationId the spec does not have was already refused by {@link FaultRule#onOperation(String)}.
   *
   * @param rule the rule to add after those already injected
   */
  public void injectFault(FaultRule rule) {
    faults.add(Objects.requireNonNull(rule, "rule"));
  }

  /** Removes every fault rule. */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Forgets all test cases, batches and runs of every workspace and all fault rules, and restarts
   * the id sequence (so the same calls give the same ids again). Keeps the agents, the clock and
   * the configuration.
   */
  public void reset() {
    store.clear();
    ids.reset();
    faults.clear();
    putSeedData();
  }

  /** With {@link Builder#seedData(boolean)}: the documented seed's data in the seed key's workspace. */
  private void putSeedData() {
    if (seedData) {
      providerStates.setUp(SeedFixture.RUN_STATE, Map.of());
    }
  }

  /** Stops serving. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "SigmaMindSandbox[" + server.state() + ", " + wireShape + "]";
  }

  /**
   * Configures a {@link SigmaMindSandbox}. Every setting has a default; {@link #build()} may be
   * called more than once, for independent sandboxes.
   *
   * <pre>{@code
   * SigmaMindSandbox sandbox = SigmaMindSandbox.builder()
   *     .seed(7).pace(Duration.ofSeconds(5)).passProbability(0.5)
   *     .clock(SandboxClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
   *     .wireShape(WireShape.NEWER).build().start();
   * }</pre>
   */
  public static final class Builder {
    private InetAddress host = ServerSupport.loopback();
    private int port;
    private long seed;
    private WireShape wireShape = WireShape.SEED;
    private Duration pace = Duration.ofSeconds(1);
    private double passProbability = 0.8;
    private @Nullable SandboxClock clock;
    private Set<String> apiKeys = Set.of();
    /** The on/off settings; of these, only the admin endpoints are on by default. */
    private final Set<Switch> switches = EnumSet.of(Switch.ADMIN_ENDPOINTS);

    private Builder() {
    }

    /**
     * The port to listen on; 0 (the default) lets the system pick a free one.
     *
     * @param port 0–65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is outside 0–65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on, as an IP literal; default {@code 127.0.0.1}. Anything but a
     * loopback address makes the sandbox (and its unauthenticated admin endpoints) reachable from
     * other machines.
     *
     * @param address an IPv4 or IPv6 literal such as {@code 127.0.0.1} or {@code ::1}
     * @return this builder
     * @throws IllegalArgumentException if {@code address} is null or not an IP literal
     */
    public Builder host(String address) {
      if (address == null || !address.matches("[0-9A-Fa-f.:]+")) {
        throw new IllegalArgumentException("host must be an IP address such as 127.0.0.1, was " + address);
      }
      try {
        this.host = InetAddress.getByName(address);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("host must be an IP address such as 127.0.0.1, was " + address, e);
      }
      return this;
    }

    /**
     * Whether the seed key's workspace ({@link SigmaMindSandbox#SEED_API_KEY}) starts, and restarts
     * after {@link SigmaMindSandbox#reset()}, with the documented seed's data: test case
     * {@code tc_d17T6uReChpyfFeP}, batch {@code batch_s0OJu2JWR8R45Fai} and its succeeded run
     * {@code job_ksUu5yRHGTLLrLeM}. Off by default; on for the standalone sandbox.
     *
     * @param enabled true to put the seed's data in
     * @return this builder
     */
    public Builder seedData(boolean enabled) {
      return turn(Switch.SEED_DATA, enabled);
    }

    /**
     * Seeds ids, verdicts, transcripts and fault rates: the same seed gives the same results.
     *
     * @param seed any value; 0 by default
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Which API generation to answer as; {@link WireShape#SEED} by default.
     *
     * @param wireShape the generation whose field names and values the sandbox uses
     * @return this builder
     */
    public Builder wireShape(WireShape wireShape) {
      this.wireShape = Objects.requireNonNull(wireShape, "wireShape");
      return this;
    }

    /**
     * How fast runs complete: a batch's i-th run (from 0) completes {@code pace × (i + 1)} after the
     * batch started. {@link Duration#ZERO} completes every run at once. Default 1 second.
     *
     * @param pace the interval between run completions, by the sandbox clock; not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code pace} is negative
     */
    public Builder pace(Duration pace) {
      if (pace.isNegative()) {
        throw new IllegalArgumentException("pace must not be negative, was " + pace);
      }
      this.pace = pace;
      return this;
    }

    /**
     * The chance that a run without a marker succeeds; default 0.8.
     *
     * @param passProbability 0–1: 0 fails every such run, 1 passes every one
     * @return this builder
     * @throws IllegalArgumentException if {@code passProbability} is outside 0–1 or NaN
     */
    public Builder passProbability(double passProbability) {
      if (!(passProbability >= 0.0 && passProbability <= 1.0)) {
        throw new IllegalArgumentException("passProbability must be between 0 and 1, was " + passProbability);
      }
      this.passProbability = passProbability;
      return this;
    }

    /**
     * The clock runs complete by; default a new {@link SandboxClock#system()} per sandbox.
     *
     * @param clock the clock to use; every sandbox built from this builder shares it
     * @return this builder
     */
    public Builder clock(SandboxClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Accepts only these API keys (others get 401); by default any non-blank key is accepted.
     *
     * @param apiKeys the accepted keys, replacing any given before; none restores the default
     * @return this builder
     * @throws IllegalArgumentException if a key is null or blank
     */
    public Builder apiKeys(String... apiKeys) {
      Set<String> keys = new LinkedHashSet<>();
      for (String key : apiKeys) {
        if (key == null || key.isBlank()) {
          throw new IllegalArgumentException("API keys must not be blank");
        }
        keys.add(key);
      }
      this.apiKeys = Set.copyOf(keys);
      return this;
    }

    /**
     * Whether {@code /_sandbox/…} (provider states, reset, clock advance) is served; on by default.
     * Turn it off when the sandbox is reachable by clients that must not reset it.
     *
     * @param enabled false to answer {@code /_sandbox/…} like any unknown path
     * @return this builder
     */
    public Builder adminEndpoints(boolean enabled) {
      return turn(Switch.ADMIN_ENDPOINTS, enabled);
    }

    /**
     * Whether requests may name only known agents: the seed's, those {@link SigmaMindSandbox#addAgent
     * added} and those provider states create. Off by default: an agent id the sandbox has not seen
     * is created on its first use, empty, in the caller's workspace, so a suite for any agent runs.
     * On for provider verification, where an unknown agent must get the API's 404.
     *
     * @param enabled true to answer 404 for an agent id the sandbox does not know
     * @return this builder
     */
    public Builder knownAgentsOnly(boolean enabled) {
      return turn(Switch.KNOWN_AGENTS_ONLY, enabled);
    }

    /**
     * Whether success bodies drift from the spec (renamed, retyped, dropped, added fields); off by default.
     *
     * @param enabled true to serve the drifted bodies, for checking a contract check such as the probe
     * @return this builder
     */
    public Builder drift(boolean enabled) {
      return turn(Switch.DRIFT, enabled);
    }

    private Builder turn(Switch setting, boolean on) {
      if (on) {
        switches.add(setting);
      } else {
        switches.remove(setting);
      }
      return this;
    }

    private boolean isOn(Switch setting) {
      return switches.contains(setting);
    }

    /**
     * A new, not yet started sandbox.
     *
     * @return a sandbox with this builder's current settings; {@link SigmaMindSandbox#start()} it
     */
    public SigmaMindSandbox build() {
      return new SigmaMindSandbox(this);
    }
  }
}
