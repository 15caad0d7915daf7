package ai.sigmamind.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Ids, JSON bodies and helpers the tests share. */
final class Fixtures {
  /** Distinctive, so any leak is found by a plain substring search. */
  static final String API_KEY = "sk-test-Zq8XWv3pLkT9-do-not-leak";
  static final String AGENT_ID = "mJzLaPEo425lieb9";
  static final String BATCH_ID = "batch_s0OJu2JWR8R45Fai";
  static final String JOB_ID = "job_ksUu5yRHGTLLrLeM";
  /** An id with every character that must not reach a path unencoded. */
  static final String AWKWARD_ID = "job/1 ?#%é";
  static final String AWKWARD_ID_ENCODED = "job%2F1%20%3F%23%25%C3%A9";

  static final String AGENT_JSON = "{\"name\":\"Demo Agent\",\"agentId\":\"" + AGENT_ID + "\",\"status\":\"Testing\"}";

  static final String ERROR_404 = "{\"error\":\"Not Found\",\"message\":\"Test run not found\","
      + "\"path\":\"/v1/test-runs/job_x\",\"status\":404,\"timestamp\":\"2026-04-17T08:21:07.338Z\"}";

  private Fixtures() {
  }

  /** How an operation is invoked: blocking, or through its async twin. */
  enum Mode {
    SYNC, ASYNC;

    <T> T run(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
      if (this == SYNC) {
        return sync.get();
      }
      return Fixtures.await(async.get());
    }
  }

  /** The future's value, or its failure's cause rethrown (as the blocking call would throw it). */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e);
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  static SigmaMindClient.Builder clientFor(MockWebServer server, FakeTime time) {
    return SigmaMindClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/").toString())
        .clock(time)
        .sleeper(time)
        .jitter(() -> 1.0);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived");
      }
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String seedTestRun() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/seed-get-test-run.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String testCase(String id, String label) {
    return "{\"testCaseId\":\"" + id + "\",\"label\":\"" + label + "\",\"agent\":" + AGENT_JSON
        + ",\"workspaceId\":\"org_V6eZ2zg8ziDx5pft\",\"llmModel\":\"gpt-4o-mini\","
        + "\"mockData\":[{\"variableName\":\"customer_name\",\"value\":\"John Doe\"}],"
        + "\"userPrompt\":\"You are an angry customer.\",\"attempt\":2,\"successCriteria\":\"Offer alternatives.\"}";
  }

  static String batchCreated(String batchId) {
    return "{\"batchId\":\"" + batchId + "\",\"workspaceId\":\"org_V6eZ2zg8ziDx5pft\",\"agent\":" + AGENT_JSON
        + ",\"createdDate\":\"2026-03-26T10:52:45.565Z\"}";
  }

  static String batchRun(String batchId, long successful, long failed, long total, String... testCases) {
    return "{\"batchId\":\"" + batchId + "\",\"workspaceId\":\"org_V6eZ2zg8ziDx5pft\",\"agent\":" + AGENT_JSON
        + ",\"createdDate\":\"2023-11-07T05:31:56Z\",\"testCases\":[" + String.join(",", testCases) + "]"
        + ",\"successfulAttempts\":" + successful + ",\"failedAttempts\":" + failed + ",\"totalAttempts\":" + total + "}";
  }

  /** A test run; {@code verdict} null leaves the verdict out, {@code extra} is appended JSON members. */
  static String testRun(String jobId, String testCaseId, Boolean verdict, String extra) {
    return "{\"batchId\":\"" + BATCH_ID + "\",\"jobId\":\"" + jobId + "\",\"agent\":" + AGENT_JSON
        + ",\"testCase\":{\"testCaseId\":\"" + testCaseId + "\"}"
        + (verdict == null ? "" : ",\"isSuccesful\":" + verdict) + extra + "}";
  }

  static String page(List<String> items, int page, int totalPages, long totalCount) {
    return "{\"data\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":" + items.size()
        + ",\"totalCount\":" + totalCount + ",\"totalPages\":" + totalPages
        + ",\"hasNext\":" + (page + 1 < totalPages) + ",\"hasPrevious\":" + (page > 0) + "}";
  }
}
