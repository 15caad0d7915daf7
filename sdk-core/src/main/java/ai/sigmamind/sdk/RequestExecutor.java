package ai.sigmamind.sdk;

import java.io.IOException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * Runs every request, sync or async, the same way. The generated Retrofit interface only
 * describes the request (method, path, query, JSON body); this class sends it through the
 * configured OkHttpClient, so the interceptors apply, and turns the response into the declared
 * model or an SDK exception.
 */
final class RequestExecutor {
  /** Stands for {@code Call<Void>}: nothing to decode. */
  private static final JsonAdapter<Object> VOID = Json.MOSHI.adapter(Object.class);
  /** The head of a body kept for its excerpt: 512 characters even if each takes four bytes. */
  private static final int EXCERPT_SOURCE_BYTES = 4 * ErrorMapper.EXCERPT_LIMIT;
  /** An error body is read this far at most: an error page of any size must not fill the heap. */
  static final long ERROR_BODY_LIMIT = 64 * 1024;

  /** One adapter per interface method, so no call pays for Moshi's lookup or reflection. */
  private final Map<Method, JsonAdapter<Object>> adapters = new ConcurrentHashMap<>();
  private final OkHttpClient httpClient;
  private final ErrorMapper errors;
  private final ClientResources resources;

  RequestExecutor(OkHttpClient httpClient, ErrorMapper errors, ClientResources resources) {
    this.httpClient = httpClient;
    this.errors = errors;
    this.resources = resources;
  }

  /** Sends the request on the calling thread. */
  <T extends @Nullable Object> T execute(retrofit2.Call<T> described) {
    Call call = newCall(described);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw errors.fromIoException(e, call.request());
    }
    return read(call, response);
  }

  /**
   * Enqueues the request on OkHttp's dispatcher; no thread waits for the response. Cancelling the
   * future cancels the HTTP call. The future completes on an OkHttp thread.
   */
  <T extends @Nullable Object> CompletableFuture<T> executeAsync(retrofit2.Call<T> described) {
    Call call = newCall(described);
    CompletableFuture<T> future = new CompletableFuture<>();
    future.whenComplete((value, error) -> {
      if (error instanceof CancellationException) {
        call.cancel();
      }
    });
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        future.completeExceptionally(errors.fromIoException(e, failed.request()));
      }

      @Override
      public void onResponse(Call answered, Response response) {
        try {
          future.complete(read(answered, response));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }
    });
    return future;
  }

  private Call newCall(retrofit2.Call<?> described) {
    resources.ensureOpen();
    return httpClient.newCall(described.request());
  }

  private <T extends @Nullable Object> T read(Call call, Response response) {
    try (response) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw errors.fromErrorResponse(response, errorText(body));
      }
      return decode(response, body);
    } catch (IOException e) {
      throw errors.fromIoException(e, call.request());
    }
  }

  /**
   * Decodes as the body streams in, so a large page is never held whole. Only the body's head is
   * buffered and copied first, for the excerpt a failure reports: a copy rather than a shared
   * snapshot, because shared segments never go back to okio's pool.
   */
  @SuppressWarnings("unchecked") // The adapter is for the T of the Call<T> the Retrofit method returns.
  private <T extends @Nullable Object> T decode(Response response, @Nullable ResponseBody body) throws IOException {
    Method method = invokedMethod(response.request());
    JsonAdapter<Object> adapter = adapters.computeIfAbsent(method, RequestExecutor::adapterFor);
    if (adapter == VOID) {
      return (T) null;
    }
    BufferedSource source = body == null ? new Buffer() : body.source();
    boolean whole = !source.request(EXCERPT_SOURCE_BYTES);
    Buffer buffered = source.getBuffer();
    if (whole && isBlank(buffered)) {
      throw errors.undecodable(response, "", "empty body, expected " + typeName(method), null);
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    buffered.copyTo(head, 0, Math.min(buffered.size(), EXCERPT_SOURCE_BYTES));
    Object value;
    // Malformed or wrongly shaped JSON only: a reset or a timeout while the body streams in stays
    // an I/O failure, which read() maps.
    try {
      value = Json.decode(source, adapter);
    } catch (JsonEncodingException | EOFException | RuntimeException e) {
      throw errors.undecodable(response, head.toString(StandardCharsets.UTF_8),
          "body is not a valid " + typeName(method) + " (" + e.getMessage() + ")", e);
    }
    if (value == null) {
      throw errors.undecodable(response, head.toString(StandardCharsets.UTF_8),
          "body is JSON null, expected " + typeName(method), null);
    }
    return (T) value;
  }

  /** The error body's text, up to {@link #ERROR_BODY_LIMIT} bytes; enough for any API error. */
  private static String errorText(@Nullable ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    BufferedSource source = body.source();
    source.request(ERROR_BODY_LIMIT);
    Buffer buffered = source.getBuffer();
    return buffered.readUtf8(Math.min(buffered.size(), ERROR_BODY_LIMIT));
  }

  private static JsonAdapter<Object> adapterFor(Method method) {
    Type type = responseType(method);
    return type == Void.class ? VOID : Json.MOSHI.adapter(type);
  }

  private static boolean isBlank(Buffer bytes) {
    for (long i = 0; i < bytes.size(); i++) {
      byte b = bytes.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Retrofit tags each request with the interface method it came from. */
  private static Method invokedMethod(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalStateException("request was not built by a Retrofit interface: " + request);
    }
    return invocation.method();
  }

  /** The T of the method's {@code Call<T>}. */
  private static Type responseType(Method method) {
    return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
  }

  private static String typeName(Method method) {
    String name = responseType(method).getTypeName();
    return name.replace("ai.sigmamind.sdk.models.", "").replace("java.util.", "");
  }
}
