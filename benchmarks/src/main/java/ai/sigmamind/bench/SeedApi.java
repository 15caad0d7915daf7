package ai.sigmamind.bench;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestRuns;

/**
 * The loopback server serving the seed and the SDK client the benchmarks measure against it
 * (default settings, the seed's key); closing it closes both.
 */
record SeedApi(FixedPayloadServer server, SigmaMindClient client) implements AutoCloseable {

  /** Serves a batch of {@code totalRuns} seed runs on a loopback port. */
  static SeedApi start(int totalRuns) {
    FixedPayloadServer server = FixedPayloadServer.start(totalRuns);
    return new SeedApi(server, SigmaMindClient.builder().apiKey(Seed.API_KEY).baseUrl(server.baseUrl()).build());
  }

  String baseUrl() {
    return server.baseUrl();
  }

  /** The seed batch's test runs, through the SDK. */
  TestRuns testRuns() {
    return client.agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID);
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
