package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static ai.sigmamind.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-paging fetches each page only when iteration reaches it. */
class PagingTest {
  private final MockWebServer server = new MockWebServer();
  private SigmaMindClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = Fixtures.clientFor(server, new FakeTime()).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private void enqueueThreeRunPages() {
    server.enqueue(json(200, Fixtures.page(List.of(run("job_1"), run("job_2")), 0, 3, 5)));
    server.enqueue(json(200, Fixtures.page(List.of(run("job_3"), run("job_4")), 1, 3, 5)));
    server.enqueue(json(200, Fixtures.page(List.of(run("job_5")), 2, 3, 5)));
  }

  private static String run(String jobId) {
    return Fixtures.testRun(jobId, "tc_1", true, "");
  }

  @Test
  void iteratesThreePagesFetchingLazily() {
    enqueueThreeRunPages();
    AutoPager<TestRun> pager = client.agent(AGENT_ID).testRuns(BATCH_ID).listAll();
    assertThat(server.getRequestCount()).isZero();

    Iterator<TestRun> runs = pager.iterator();
    assertThat(server.getRequestCount()).isZero();
    assertThat(runs.next().jobId()).isEqualTo("job_1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(runs.next().jobId()).isEqualTo("job_2");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(runs.next().jobId()).isEqualTo("job_3");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(runs.next().jobId()).isEqualTo("job_4");
    assertThat(runs.next().jobId()).isEqualTo("job_5");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(runs.hasNext()).isFalse();
    assertThatThrownBy(runs::next).isInstanceOf(NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);

    String query = "?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID;
    assertThat(Fixtures.take(server).getPath()).isEqualTo("/v1/test-runs" + query + "&page=0&size=100");
    assertThat(Fixtures.take(server).getPath()).isEqualTo("/v1/test-runs" + query + "&page=1&size=2");
    assertThat(Fixtures.take(server).getPath()).isEqualTo("/v1/test-runs" + query + "&page=2&size=2");
  }

  @Test
  void streamStopsFetchingWhenItHasEnough() {
    enqueueThreeRunPages();

    List<String> firstThree = client.agent(AGENT_ID).testRuns(BATCH_ID).listAll().stream().limit(3).map(TestRun::jobId).toList();

    assertThat(firstThree).containsExactly("job_1", "job_2", "job_3");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void eachIterationStartsOver() {
    server.enqueue(json(200, Fixtures.page(List.of(Fixtures.batchRun("batch_1", 1, 0, 1)), 0, 1, 1)));
    server.enqueue(json(200, Fixtures.page(List.of(Fixtures.batchRun("batch_1", 1, 0, 1)), 0, 1, 1)));
    AutoPager<BatchRun> pager = client.agent(AGENT_ID).batchRuns().listAll();

    assertThat(pager.stream().map(BatchRun::batchId)).containsExactly("batch_1");
    assertThat(pager).extracting(BatchRun::batchId).containsExactly("batch_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEmptyPageEndsTheListEvenIfItClaimsASuccessor() {
    server.enqueue(json(200, "{\"data\":[],\"page\":0,\"size\":100,\"totalCount\":9,\"totalPages\":9,\"hasNext\":true,\"hasPrevious\":false}"));

    assertThat(client.agent(AGENT_ID).batchRuns().listAll()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aFailedPageFetchSurfacesTheTypedException() {
    server.enqueue(json(200, Fixtures.page(List.of(run("job_1")), 0, 2, 2)));
    server.enqueue(json(404, Fixtures.ERROR_404));
    Iterator<TestRun> runs = client.agent(AGENT_ID).testRuns(BATCH_ID).listAll().iterator();

    runs.next();

    assertThatThrownBy(runs::hasNext).isInstanceOf(NotFoundException.class);
  }

  @Test
  void collectAsyncGathersEveryPage() {
    enqueueThreeRunPages();
    TestRuns runs = client.agent(AGENT_ID).testRuns(BATCH_ID);

    List<TestRun> all = Fixtures.await(AutoPager.collectAsync(PageRequest.firstOfMaxSize(), runs::listAsync));

    assertThat(all).extracting(TestRun::jobId).containsExactly("job_1", "job_2", "job_3", "job_4", "job_5");
  }
}
