package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.API_KEY;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builder validation, configuration from the environment, derivation and closing. */
class ClientBuilderTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static SigmaMindClient.Builder fromLookups(Map<String, String> properties, Map<String, String> environment) {
    return SigmaMindClient.builder().fromEnv(properties::get, environment::get);
  }

  @Test
  void aMissingKeyIsReported() {
    assertThatIllegalStateException().isThrownBy(() -> SigmaMindClient.builder().build())
        .withMessage("Invalid SigmaMindClient configuration: apiKey is not set (call apiKey(...) or set SIGMAMIND_API_KEY)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankKeyIsReported(String key) {
    assertThatIllegalStateException().isThrownBy(() -> SigmaMindClient.builder().apiKey(key).build())
        .withMessageContaining("apiKey is blank");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    SigmaMindClient.Builder builder = SigmaMindClient.builder()
        .apiKey("key\nwith-newline")
        .baseUrl("ftp://example.com")
        .connectTimeout(Duration.ofSeconds(-1))
        .attemptTimeout(Duration.ZERO)
        .overallTimeout(Duration.ofDays(30))
        .maxRetries(-1)
        .appInfo("caf\u00e9/1");

    assertThatIllegalStateException().isThrownBy(builder::build)
        .withMessageContaining("apiKey contains whitespace or a character an HTTP header cannot carry")
        .withMessageContaining("baseUrl is not an http(s) URL: 'ftp://example.com'")
        .withMessageContaining("connectTimeout must be positive but was -1s")
        .withMessageContaining("attemptTimeout must be positive but was 0s")
        .withMessageContaining("overallTimeout must be at most")
        .withMessageContaining("maxRetries must be >= 0 but was -1")
        .withMessageContaining("appInfo must be non-blank printable ASCII")
        .withMessageNotContaining("with-newline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "api.sigmamind.ai", "https://api.sigmamind.ai/?x=1", "https://api.sigmamind.ai/#top"})
  void badBaseUrlsAreReported(String url) {
    assertThatIllegalStateException().isThrownBy(() -> SigmaMindClient.builder().apiKey(API_KEY).baseUrl(url).build())
        .withMessageContaining("baseUrl");
  }

  @Test
  void defaultsAreDocumentedOnes() {
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(API_KEY).build()) {
      assertThat(client).hasToString("SigmaMindClient{baseUrl=https://api.sigmamind.ai/, connectTimeout=10s, "
          + "attemptTimeout=30s, overallTimeout=2m, maxRetries=2, logLevel=NONE, apiKey=[redacted]}");
    }
  }

  @Test
  void fromEnvReadsEverySettingAndPropertiesWin() {
    Map<String, String> properties = Map.of(
        "sigmamind.apiKey", "from-property",
        "sigmamind.connectTimeout", "0.5",
        "sigmamind.logLevel", "headers");
    Map<String, String> environment = Map.of(
        "SIGMAMIND_API_KEY", "from-environment",
        "SIGMAMIND_BASE_URL", "https://gateway.example.com/sigmamind",
        "SIGMAMIND_CONNECT_TIMEOUT", "99",
        "SIGMAMIND_ATTEMPT_TIMEOUT", "PT20S",
        "SIGMAMIND_OVERALL_TIMEOUT", "90",
        "SIGMAMIND_MAX_RETRIES", "5",
        "SIGMAMIND_APP_INFO", "my-ci/2");

    SigmaMindClient.Builder builder = fromLookups(properties, environment);

    assertThat(builder.options.apiKey).isEqualTo("from-property");
    assertThat(builder.options.baseUrl).isEqualTo("https://gateway.example.com/sigmamind");
    assertThat(builder.options.calls.build().connectTimeout).isEqualTo(Duration.ofMillis(500));
    assertThat(builder.options.calls.build().attemptTimeout).isEqualTo(ofSeconds(20));
    assertThat(builder.options.calls.build().overallTimeout).isEqualTo(ofSeconds(90));
    assertThat(builder.options.calls.build().maxRetries).isEqualTo(5);
    assertThat(builder.options.logLevel).isEqualTo(LogLevel.HEADERS);
    assertThat(builder.options.appInfo).isEqualTo("my-ci/2");
    try (SigmaMindClient client = builder.build()) {
      assertThat(client.toString()).contains("baseUrl=https://gateway.example.com/sigmamind/", "appInfo=my-ci/2");
    }
  }

  @Test
  void fromEnvLeavesUnsetSettingsAlone() {
    SigmaMindClient.Builder builder = SigmaMindClient.builder().maxRetries(7).fromEnv(name -> null, name -> null);

    assertThat(builder.options.calls.build().maxRetries).isEqualTo(7);
    assertThat(builder.options.apiKey).isNull();
    assertThatIllegalStateException().isThrownBy(builder::build).withMessageContaining("SIGMAMIND_API_KEY");
  }

  @Test
  void environmentDurationsUseTheOneGrammar() {
    SigmaMindClient.Builder builder = fromLookups(Map.of("sigmamind.connectTimeout", "1m30s"),
        Map.of("SIGMAMIND_OVERALL_TIMEOUT", "90s", "SIGMAMIND_ATTEMPT_TIMEOUT", "500ms"));

    assertThat(builder.options.calls.build().overallTimeout).isEqualTo(ofSeconds(90));
    assertThat(builder.options.calls.build().attemptTimeout).isEqualTo(Duration.ofMillis(500));
    assertThat(builder.options.calls.build().connectTimeout).isEqualTo(ofSeconds(90));
  }

  @Test
  void unreadableEnvironmentValuesNameTheSetting() {
    assertThatIllegalStateException()
        .isThrownBy(() -> fromLookups(Map.of(), Map.of("SIGMAMIND_MAX_RETRIES", "many")))
        .withMessage("sigmamind.maxRetries / SIGMAMIND_MAX_RETRIES must be an integer, 0 or more but was 'many'");
    assertThatIllegalStateException()
        .isThrownBy(() -> fromLookups(Map.of("sigmamind.overallTimeout", "2 minutes"), Map.of()))
        .withMessageStartingWith("sigmamind.overallTimeout / SIGMAMIND_OVERALL_TIMEOUT must be a duration: 500ms, 90s");
    assertThatIllegalStateException()
        .isThrownBy(() -> fromLookups(Map.of(), Map.of("SIGMAMIND_LOG_LEVEL", "LOUD")))
        .withMessageContaining("NONE, BASIC or HEADERS");
  }

  @Test
  void derivedClientsShareTheConnectionPool() {
    server.enqueue(json(200, Fixtures.seedTestRun()));
    server.enqueue(json(200, Fixtures.seedTestRun()));
    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).build()) {
      SigmaMindClient derived = client.withOptions(b -> b.maxRetries(0).appInfo("derived/1"));

      client.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
      derived.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");

      assertThat(Fixtures.take(server).getSequenceNumber()).isZero();
      var second = Fixtures.take(server);
      assertThat(second.getSequenceNumber()).as("second request reused the first one's connection").isEqualTo(1);
      assertThat(second.getHeader("User-Agent")).endsWith(" derived/1");
      assertThat(derived.toString()).contains("maxRetries=0");
      assertThat(client.toString()).contains("maxRetries=2");
    }
  }

  @Test
  void closingADerivedClientKeepsTheSharedResourcesOpen() {
    server.enqueue(json(200, Fixtures.seedTestRun()));
    SigmaMindClient client = Fixtures.clientFor(server, new FakeTime()).build();
    SigmaMindClient derived = client.withOptions(b -> b.maxRetries(1));

    derived.close();
    client.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
    client.close();

    assertThatIllegalStateException().isThrownBy(() -> derived.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"))
        .withMessage("SigmaMindClient is closed");
  }

  @Test
  void closeReleasesOnlyWhatTheSdkCreated() {
    ClientResources owned = new ClientResources(true);
    OkHttpClient ownedHttp = owned.httpClientOr(null);
    owned.close();
    owned.close();
    assertThat(ownedHttp.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(owned.scheduler().isShutdown()).isTrue();

    OkHttpClient supplied = new OkHttpClient();
    SigmaMindClient client = SigmaMindClient.builder().apiKey(API_KEY).okHttpClient(supplied).build();
    client.close();
    ExecutorService suppliedExecutor = supplied.dispatcher().executorService();
    assertThat(suppliedExecutor.isShutdown()).isFalse();
    suppliedExecutor.shutdown();
  }

  @Test
  void userInterceptorsRunPerAttemptAfterAuth() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, Fixtures.seedTestRun()));
    List<String> seenKeys = new CopyOnWriteArrayList<>();

    try (SigmaMindClient client = Fixtures.clientFor(server, new FakeTime())
        .addInterceptor(chain -> {
          seenKeys.add(chain.request().header("X-API-Key"));
          return chain.proceed(chain.request().newBuilder().header("X-Trace", "t-1").build());
        })
        .build()) {
      client.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1");
    }

    assertThat(seenKeys).containsExactly(API_KEY, API_KEY);
    assertThat(Fixtures.take(server).getHeader("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void userAgentNamesSdkJavaAndPlatform() {
    assertThat(UserAgent.of(null))
        .isEqualTo("sigmamind-java/" + UserAgent.SDK_VERSION + " Java/" + System.getProperty("java.version")
            + " (" + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
    assertThat(UserAgent.SDK_VERSION).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(UserAgent.of("my-app/1.2")).endsWith(") my-app/1.2");
  }

  @Test
  void aNullApiKeyIsReportedWithTheOtherProblems() {
    assertThatIllegalStateException().isThrownBy(() -> SigmaMindClient.builder().apiKey(null).maxRetries(-1).build())
        .withMessageContaining("apiKey is not set")
        .withMessageContaining("maxRetries must be >= 0");
  }
}
