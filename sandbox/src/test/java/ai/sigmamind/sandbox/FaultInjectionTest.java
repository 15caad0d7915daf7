package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class FaultInjectionTest {
  private static final String LIST = "/v1/test-cases?agentId=" + DEMO_AGENT;

  private SigmaMindSandbox sandbox;
  private Api api;

  @BeforeEach
  void setUp(SigmaMindSandbox sandbox) {
    this.sandbox = sandbox;
    this.api = new Api(sandbox.baseUrl(), "key-faults");
  }

  @Test
  void tooManyRequestsCarriesRetryAfterForTheNextRequestsOnly() {
    sandbox.injectFault(FaultRule.tooManyRequests(Duration.ofMillis(1500)).nextRequests(2));

    Api.Reply first = api.get(LIST);
    Api.Reply second = api.get(LIST);
    Api.Reply third = api.get(LIST);

    assertThat(first.error(429).path()).isEqualTo("/v1/test-cases");
    assertThat(first.headers().get("Retry-After")).isEqualTo("2");
    second.error(429);
    assertThat(third.code()).isEqualTo(200);
  }

  @Test
  void serviceUnavailableHitsOnlyTheTargetedOperation() {
    sandbox.injectFault(FaultRule.serviceUnavailable().onOperation("listBatchRuns"));

    Api.Reply batches = api.get("/v1/batch-runs?agentId=" + DEMO_AGENT);

    batches.error(503);
    assertThat(batches.headers().get("Retry-After")).isNull();
    assertThat(api.get(LIST).code()).isEqualTo(200);
    assertThat(api.get("/v1/batch-runs/batch_x?agentId=" + DEMO_AGENT).code()).isEqualTo(404);
  }

  @Test
  void faultsComeBeforeAuthenticationLikeAnOverloadedGateway() {
    sandbox.injectFault(FaultRule.status(500).retryAfter(Duration.ZERO).nextRequests(1));

    Api.Reply reply = new Api(sandbox.baseUrl(), null).get(LIST);

    reply.error(500);
    assertThat(reply.headers().get("Retry-After")).isEqualTo("0");
  }

  @Test
  void pathPatternsMatchWholeSegments() {
    sandbox.injectFault(FaultRule.serviceUnavailable().onPath("/v1/test-cases/*"));

    api.get("/v1/test-cases/tc_1?agentId=" + DEMO_AGENT).error(503);
    assertThat(api.get(LIST).code()).isEqualTo(200);
  }

  @Test
  void aDroppedConnectionGetsNoResponse() {
    sandbox.injectFault(FaultRule.dropConnection().onOperation("listTestCases").nextRequests(1));

    assertThatThrownBy(() -> api.get(LIST)).isInstanceOf(UncheckedIOException.class);
    assertThat(api.get(LIST).code()).isEqualTo(200);
  }

  @Test
  void aRateFiresTheSameWayForTheSameSeed() {
    List<Integer> first = statusesUnderRate(7);
    List<Integer> again = statusesUnderRate(7);
    List<Integer> otherSeed = statusesUnderRate(8);

    assertThat(first).isEqualTo(again).contains(200, 503);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  private static List<Integer> statusesUnderRate(long seed) {
    try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().seed(seed).build().start()) {
      sandbox.injectFault(FaultRule.serviceUnavailable().rate(0.5));
      Api api = new Api(sandbox.baseUrl(), "key");
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        statuses.add(api.get(LIST).code());
      }
      return statuses;
    }
  }

  @Test
  void latencyHoldsTheResponseBack() {
    sandbox.injectFault(FaultRule.latency(Duration.ofMinutes(10)).nextRequests(1));
    OkHttpClient impatient = Api.HTTP.newBuilder().callTimeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> new Api(impatient, sandbox.baseUrl(), "key-faults").get(LIST))
        .hasCauseInstanceOf(InterruptedIOException.class);
    assertThat(api.get(LIST).code()).as("the rule was used up").isEqualTo(200);
  }

  @Test
  void latencyThenServesTheRequestOrTheNextFault() {
    sandbox.injectFault(FaultRule.latency(Duration.ofMillis(20)).nextRequests(2));
    sandbox.injectFault(FaultRule.tooManyRequests(Duration.ofSeconds(1)).nextRequests(1));

    api.get(LIST).error(429);
    assertThat(api.get(LIST).code()).isEqualTo(200);
  }

  @Test
  void adminEndpointsAreNeverFaulted() {
    sandbox.injectFault(FaultRule.serviceUnavailable());

    assertThat(new Api(sandbox.baseUrl(), null).post("/_sandbox/reset", "").code()).isEqualTo(204);
  }

  @Test
  void clearFaultsAndResetRemoveRules() {
    sandbox.injectFault(FaultRule.serviceUnavailable());
    sandbox.clearFaults();
    assertThat(api.get(LIST).code()).isEqualTo(200);

    sandbox.injectFault(FaultRule.serviceUnavailable());
    sandbox.reset();
    assertThat(api.get(LIST).code()).isEqualTo(200);
  }

  @Test
  void rulesAreValidated() {
    assertThatThrownBy(() -> sandbox.injectFault(FaultRule.serviceUnavailable().onOperation("getBatch")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getBatchRun");
    assertThatThrownBy(() -> sandbox.injectFault(FaultRule.serviceUnavailable().onOperation("sandboxReset")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.status(302)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.latency(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.dropConnection().retryAfter(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FaultRule.dropConnection().rate(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.dropConnection().nextRequests(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.dropConnection().onPath("v1/x")).isInstanceOf(IllegalArgumentException.class);
  }
}
