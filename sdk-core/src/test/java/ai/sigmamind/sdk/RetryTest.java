package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry rule: what is retried, how long it waits, and that a batch run is never started twice. */
class RetryTest extends MockServerTest {
  private TestRun getRun() {
    return client.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
  }

  private BatchRunCreated startBatch(SigmaMindClient using) {
    return using.agent(AGENT_ID).batchRuns().create("tc_1");
  }

  private SigmaMindClient with(Consumer<SigmaMindClient.Builder> change) {
    return client.withOptions(change);
  }

  @Test
  void getIsRetriedOn503ThenSucceeds() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThat(getRun().successful()).isTrue();

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void getIsRetriedOnEachRetryableStatus(int status) {
    server.enqueue(json(status, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    getRun();

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501})
  void otherStatusesAreNotRetried(int status) {
    server.enqueue(json(status, "{}"));

    assertThatThrownBy(this::getRun).isInstanceOf(SigmaMindApiException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "7"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    getRun();

    assertThat(time.sleeps).containsExactly(ofSeconds(7));
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeTime.START.plusSeconds(12).atZone(ZoneOffset.UTC));
    server.enqueue(json(503, "{}").setHeader("Retry-After", inTwelveSeconds));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    getRun();

    assertThat(time.sleeps).containsExactly(ofSeconds(12));
  }

  @Test
  void retryAfterIsCappedAtSixtySeconds() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "3600"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    with(b -> b.overallTimeout(Duration.ofMinutes(10))).agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");

    assertThat(time.sleeps).containsExactly(ofSeconds(RequestExecutor.MAX_RETRY_AFTER_SECONDS));
  }

  @Test
  void retryAfterBeyondTheDeadlineIsNotWaitedFor() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "30"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThatThrownBy(() -> with(b -> b.overallTimeout(ofSeconds(20))).agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).contains(ofSeconds(30)));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void backoffDoublesFromHalfASecondAndIsCappedAtEightSeconds() {
    for (int i = 0; i < 7; i++) {
      server.enqueue(json(500, "{}"));
    }

    assertThatThrownBy(() -> with(b -> b.maxRetries(6).overallTimeout(Duration.ofMinutes(5))).agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"))
        .isInstanceOf(InternalServerException.class);

    assertThat(server.getRequestCount()).isEqualTo(7);
    assertThat(time.sleeps).containsExactly(ofMillis(500), ofSeconds(1), ofSeconds(2), ofSeconds(4), ofSeconds(8), ofSeconds(8));
  }

  @Test
  void jitterKeepsAtLeastHalfTheBackoff() {
    server.enqueue(json(500, "{}"));
    server.enqueue(json(500, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    try (SigmaMindClient noJitter = Fixtures.clientFor(server, time).jitter(() -> 0.0).build()) {
      noJitter.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
    }

    assertThat(time.sleeps).containsExactly(ofMillis(250), ofMillis(500));
  }

  @Test
  void maxRetriesIsRespected() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(503, "{}"));
    }

    assertThatThrownBy(this::getRun).isInstanceOf(InternalServerException.class).hasMessageStartingWith("503 ");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps).hasSize(2);
  }

  @Test
  void maxRetriesZeroDisablesRetries() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThatThrownBy(() -> with(b -> b.maxRetries(0)).agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"))
        .isInstanceOf(InternalServerException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void deadlineStopsRetries() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(json(503, "{}"));
    }
    SigmaMindClient bounded = with(b -> b.maxRetries(10).overallTimeout(ofSeconds(3)));

    assertThatThrownBy(() -> bounded.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"))
        .isInstanceOf(InternalServerException.class);

    // 0.5 s + 1 s fit in 3 s; the next 2 s would end past the deadline.
    assertThat(time.sleeps).containsExactly(ofMillis(500), ofSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void getIsRetriedAfterTheServerDisconnects() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThat(getRun().jobId()).isEqualTo("job_ksUu5yRHGTLLrLeM");

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getIsRetriedWhenTheBodyBreaksOffMidway() {
    server.enqueue(json(200, Fixtures.seedTestRun()).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThat(getRun().jobId()).isEqualTo("job_ksUu5yRHGTLLrLeM");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(ofMillis(500));
  }

  @Test
  void asyncGetIsRetriedWhenTheBodyBreaksOffMidway() {
    server.enqueue(json(200, Fixtures.seedTestRun()).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThat(Fixtures.await(client.agent(AGENT_ID).testRuns(BATCH_ID).getAsync("job_1")).jobId())
        .isEqualTo("job_ksUu5yRHGTLLrLeM");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.delays).containsExactly(ofMillis(500));
  }

  @Test
  void putAndDeleteAreRetriedWhenTheBodyBreaksOffMidway() {
    server.enqueue(json(200, Fixtures.testCase("tc_1", "One")).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(200, Fixtures.testCase("tc_1", "One")));
    server.enqueue(json(500, "{\"error\":\"" + "x".repeat(4000) + "\"}").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setResponseCode(204));
    TestCases testCases = client.agent(AGENT_ID).testCases();

    assertThat(testCases.update("tc_1", b -> b.attempt(2L)).testCaseId()).isEqualTo("tc_1");
    testCases.delete("tc_1");

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void postIsNotRetriedWhenTheBodyBreaksOffMidway() {
    server.enqueue(json(201, Fixtures.batchCreated("batch_once")).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(201, Fixtures.batchCreated("batch_twice")));

    assertThatThrownBy(() -> startBatch(client)).isInstanceOf(SigmaMindIoException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void putAndDeleteAreRetriedLikeGet() {
    server.enqueue(json(500, "{}"));
    server.enqueue(json(200, Fixtures.testCase("tc_1", "One")));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setResponseCode(204));
    TestCases testCases = client.agent(AGENT_ID).testCases();

    testCases.update("tc_1", b -> b.attempt(2L));
    testCases.delete("tc_1");

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void postIsNotRetriedOnceTheServerReceivedIt() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, Fixtures.batchCreated("batch_twice")));

    assertThatThrownBy(() -> startBatch(client)).isInstanceOf(SigmaMindIoException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void postIsNotRetriedAfterAReadTimeout() throws InterruptedException {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(201, Fixtures.batchCreated("batch_twice")));

    assertThatThrownBy(() -> startBatch(with(b -> b.attemptTimeout(ofMillis(500)))))
        .isInstanceOf(SigmaMindTimeoutException.class);

    // The call has returned, so any retry was already sent; the server may still be recording the
    // first request, so wait for it rather than read the count at once (flaky on a loaded machine).
    assertThat(server.takeRequest(10, TimeUnit.SECONDS)).as("the POST reached the server").isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504, 408})
  void postIsNotRetriedOnStatusesThatMayFollowProcessing(int status) {
    server.enqueue(json(status, "{}"));
    server.enqueue(json(201, Fixtures.batchCreated("batch_twice")));

    assertThatThrownBy(() -> startBatch(client)).isInstanceOf(SigmaMindApiException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void postIsRetriedWhenTheServerSaysItDidNotProcessIt(int status) {
    server.enqueue(json(status, "{}").setHeader("Retry-After", "2"));
    server.enqueue(json(201, Fixtures.batchCreated("batch_once")));

    assertThat(startBatch(client).batchId()).isEqualTo("batch_once");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(ofSeconds(2));
  }

  @Test
  void postIsRetriedWhenTheConnectionWasRefused() {
    server.enqueue(json(201, Fixtures.batchCreated("batch_once")));
    RefusingSocketFactory refusing = new RefusingSocketFactory(1);
    OkHttpClient flaky = new OkHttpClient.Builder().socketFactory(refusing).build();

    try (SigmaMindClient flakyClient = Fixtures.clientFor(server, time).okHttpClient(flaky).build()) {
      assertThat(startBatch(flakyClient).batchId()).isEqualTo("batch_once");
    }

    assertThat(refusing.refused.get()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).containsExactly(ofMillis(500));
  }

  @Test
  void refusedConnectionsAreRetriedOnlyMaxRetriesTimes() {
    RefusingSocketFactory refusing = new RefusingSocketFactory(100);
    OkHttpClient dead = new OkHttpClient.Builder().socketFactory(refusing).build();

    try (SigmaMindClient deadClient = Fixtures.clientFor(server, time).okHttpClient(dead).build()) {
      assertThatThrownBy(() -> startBatch(deadClient))
          .isInstanceOf(SigmaMindIoException.class)
          .hasRootCauseInstanceOf(ConnectException.class);
    }

    assertThat(refusing.refused.get()).isEqualTo(3);
  }

  /** Sockets whose first {@code refusals} connects fail as a refused connection would. */
  private static final class RefusingSocketFactory extends SocketFactory {
    final AtomicInteger refused = new AtomicInteger();
    private final int refusals;

    RefusingSocketFactory(int refusals) {
      this.refusals = refusals;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (refused.get() < refusals) {
            refused.incrementAndGet();
            throw new ConnectException("Connection refused (test)");
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
