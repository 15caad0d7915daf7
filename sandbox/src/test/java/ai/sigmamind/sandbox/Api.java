package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.ApiError;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import ai.sigmamind.sdk.models.CreateBatchRunRequest;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.ModelJsonAdapters;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.TestRunPage;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * A plain HTTP client for the tests: OkHttp for transport, the generated models (through the SDK's
 * own Moshi setup) to build bodies and read answers, so the tests see what an SDK user sees.
 */
final class Api {
  static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.FACTORY).build();
  static final String DEMO_AGENT = "mJzLaPEo425lieb9";
  /** No transparent retry: a dropped connection must surface as an error. */
  static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String baseUrl;
  private final @Nullable String apiKey;

  Api(String baseUrl, @Nullable String apiKey) {
    this(HTTP, baseUrl, apiKey);
  }

  Api(OkHttpClient http, String baseUrl, @Nullable String apiKey) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  /** One answer, read fully. */
  record Reply(int code, String body, Headers headers) {
    <T> T as(Class<T> type) {
      try {
        return MOSHI.adapter(type).fromJson(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    <T> List<T> asListOf(Class<T> type) {
      JsonAdapter<List<T>> adapter = MOSHI.adapter(Types.newParameterizedType(List.class, type));
      try {
        return adapter.fromJson(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The body as maps and lists, to check wire names the models hide. */
    Map<String, Object> tree() {
      try {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) MOSHI.adapter(Object.class).fromJson(body);
        return tree;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A nested object of a {@link #tree()}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
      assertThat(value).isInstanceOf(Map.class);
      return (Map<String, Object>) value;
    }

    /** Asserts the status and the error body's shape, and returns the body. */
    ApiError error(int expectedStatus) {
      assertThat(code).as("status of %s", body).isEqualTo(expectedStatus);
      ApiError error = as(ApiError.class);
      assertThat(error.status()).isEqualTo(expectedStatus);
      assertThat(error.error()).isEqualTo(Errors.reasonPhrase(expectedStatus));
      assertThat(error.message()).isNotBlank();
      assertThat(error.path()).startsWith("/");
      assertThat(error.timestamp()).isNotNull();
      return error;
    }

    /** Asserts a 400 error body about {@code path}. */
    ApiError badRequest(String path) {
      ApiError error = error(400);
      assertThat(error.path()).isEqualTo(path);
      return error;
    }
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply send(String method, String path, @Nullable String json) {
    Request.Builder request = new Request.Builder()
        .url(baseUrl + path)
        .method(method, json == null ? (method.equals("POST") || method.equals("PUT") ? RequestBody.create(new byte[0]) : null)
            : RequestBody.create(json, JSON));
    if (apiKey != null) {
      request.header("X-API-Key", apiKey);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body() == null ? "" : response.body().string(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestCase createTestCase(String userPrompt, String successCriteria, long attempts) {
    return createTestCase(CreateTestCaseRequest.builder()
        .agentId(DEMO_AGENT)
        .userPrompt(userPrompt)
        .successCriteria(successCriteria)
        .attempt(attempts)
        .build());
  }

  /** Two test cases of the demo agent, of 2 and 3 attempts: a batch of both has 5 runs, enough to page through. */
  record TwoCases(TestCase twoAttempts, TestCase threeAttempts) {
  }

  TwoCases createTwoCases() {
    return new TwoCases(createTestCase("A customer asking about billing.", "Agent explains the bill.", 2),
        createTestCase("A customer who wants to upgrade.", "Agent upgrades the plan.", 3));
  }

  TestCase createTestCase(CreateTestCaseRequest request) {
    Reply reply = post("/v1/test-cases", MOSHI.adapter(CreateTestCaseRequest.class).toJson(request));
    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    return reply.as(TestCase.class);
  }

  BatchRunCreated startBatch(String... testCaseIds) {
    CreateBatchRunRequest request = CreateBatchRunRequest.builder().agentId(DEMO_AGENT).testCases(List.of(testCaseIds)).build();
    Reply reply = post("/v1/batch-runs", MOSHI.adapter(CreateBatchRunRequest.class).toJson(request));
    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    return reply.as(BatchRunCreated.class);
  }

  BatchRun batch(String batchId) {
    Reply reply = get("/v1/batch-runs/" + batchId + "?agentId=" + DEMO_AGENT);
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return reply.as(BatchRun.class);
  }

  TestRunPage runs(String batchId) {
    Reply reply = get("/v1/test-runs?size=100&batchId=" + batchId + "&agentId=" + DEMO_AGENT);
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return reply.as(TestRunPage.class);
  }
}
