package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 25;

  @Test
  void concurrentClientsAllSucceedWithUniqueIds(@SandboxBaseUrl String baseUrl) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<TestCase>>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        String key = thread % 2 == 0 ? "shared-key" : "key-" + thread;
        results.add(pool.submit(() -> {
          Api api = new Api(baseUrl, key);
          go.await();
          List<TestCase> created = new ArrayList<>();
          for (int i = 0; i < PER_THREAD; i++) {
            TestCase testCase = api.createTestCase("A customer.", "Agent helps.", 1);
            created.add(testCase);
            api.startBatch(testCase.testCaseId());
          }
          return created;
        }));
      }
      go.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<List<TestCase>> result : results) {
        result.get(60, TimeUnit.SECONDS).forEach(testCase -> ids.add(testCase.testCaseId()));
      }

      assertThat(ids).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates();
      assertThat(new Api(baseUrl, "shared-key").get("/v1/test-cases?agentId=" + DEMO_AGENT).asListOf(TestCase.class))
          .hasSize(THREADS / 2 * PER_THREAD);
      assertThat(new Api(baseUrl, "key-1").get("/v1/test-cases?agentId=" + DEMO_AGENT).asListOf(TestCase.class))
          .hasSize(PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }
}
