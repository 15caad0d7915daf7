package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.ApiOperation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Every request the server sees is an attempt of the SDK's own loop: OkHttp repeats nothing on
 * its own, so the server, the interceptors and the listeners count the same attempts.
 */
class AttemptAccountingTest extends MockServerTest {
  private final List<Integer> attempts = new CopyOnWriteArrayList<>();
  private final AtomicInteger intercepted = new AtomicInteger();

  private SigmaMindClient counting(int maxRetries) {
    Interceptor counter = chain -> {
      intercepted.incrementAndGet();
      return chain.proceed(chain.request());
    };
    return client.withOptions(b -> b.maxRetries(maxRetries).addInterceptor(counter).addListener(new RequestListener() {
      @Override
      public void onAttempt(ApiOperation operation, Attempt attempt) {
        attempts.add(attempt.statusCode());
      }
    }));
  }

  private static MockResponse unavailableRetryNow() {
    return json(503, "{}").setHeader("Retry-After", "0");
  }

  @Test
  void a503WithRetryAfterZeroIsRepeatedOnlyByTheSdkOnGet() {
    assertRepeatedOnlyByTheSdk(200, Fixtures.seedTestRun(), sdk -> sdk.agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"));
  }

  @Test
  void a503WithRetryAfterZeroIsRepeatedOnlyByTheSdkOnPost() {
    assertRepeatedOnlyByTheSdk(201, Fixtures.batchCreated("batch_1"), sdk -> sdk.agent(AGENT_ID).batchRuns().create("tc_1"));
  }

  private void assertRepeatedOnlyByTheSdk(int status, String body, Consumer<SigmaMindClient> call) {
    server.enqueue(unavailableRetryNow());
    server.enqueue(json(status, body));

    call.accept(counting(2));

    assertThat(attempts).containsExactly(503, status);
    assertThat(intercepted).hasValue(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void withoutRetriesA503WithRetryAfterZeroIsSentOnce() {
    server.enqueue(unavailableRetryNow());
    server.enqueue(json(201, Fixtures.batchCreated("batch_1")));

    assertThatThrownBy(() -> counting(0).agent(AGENT_ID).batchRuns().create("tc_1"))
        .isInstanceOfSatisfying(InternalServerException.class,
            e -> assertThat(e.headers().keySet()).anyMatch(name -> name.equalsIgnoreCase("Retry-After")));

    assertThat(attempts).containsExactly(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectIsAnsweredNotFollowed() {
    server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", server.url("/elsewhere")));
    server.enqueue(json(200, Fixtures.seedTestRun()));

    assertThatThrownBy(() -> counting(2).agent(AGENT_ID).testRuns(BATCH_ID).get("job_1"))
        .isInstanceOf(UnexpectedStatusException.class);

    assertThat(attempts).containsExactly(307);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
