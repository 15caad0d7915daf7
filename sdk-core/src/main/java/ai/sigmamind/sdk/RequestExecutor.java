package ai.sigmamind.sdk;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * Runs every request, sync or async, the same way. The generated Retrofit interface only
 * describes the request (method, path, query, JSON body); this class sends it through the
 * configured OkHttpClient, so the interceptors apply, and turns the response into the declared
 * model or an SDK exception.
 */
final class RequestExecutor {
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
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw errors.fromErrorResponse(response, text);
      }
      return decode(response, text);
    } catch (IOException e) {
      throw errors.fromIoException(e, call.request());
    }
  }

  @SuppressWarnings("unchecked") // The type comes from the Call<T> the Retrofit method returns.
  private <T extends @Nullable Object> T decode(Response response, String text) {
    Type type = responseType(response.request());
    if (type == Void.class) {
      return (T) null;
    }
    if (text.isBlank()) {
      throw errors.undecodable(response, text, "empty body, expected " + typeName(type), null);
    }
    Object value;
    try {
      value = Json.decode(text, type);
    } catch (IOException | RuntimeException e) {
      throw errors.undecodable(response, text, "body is not a valid " + typeName(type) + " (" + e.getMessage() + ")", e);
    }
    if (value == null) {
      throw errors.undecodable(response, text, "body is JSON null, expected " + typeName(type), null);
    }
    return (T) value;
  }

  /** Retrofit tags each request with the interface method it came from; its return type is Call<T>. */
  private static Type responseType(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalStateException("request was not built by a Retrofit interface: " + request);
    }
    ParameterizedType callType = (ParameterizedType) invocation.method().getGenericReturnType();
    return callType.getActualTypeArguments()[0];
  }

  private static String typeName(Type type) {
    String name = type.getTypeName();
    return name.replace("ai.sigmamind.sdk.generated.model.", "").replace("java.util.", "");
  }
}
