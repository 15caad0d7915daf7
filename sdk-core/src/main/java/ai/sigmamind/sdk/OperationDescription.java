package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiOperation;
import com.squareup.moshi.JsonAdapter;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * What the SDK knows about one generated interface method, worked out once per JVM: its
 * operation (the generated {@link ApiOperation} named by the method, for listeners), whether it
 * may be repeated, and the Moshi adapter of its response type, so no call pays for reflection or
 * adapter lookup.
 */
final class OperationDescription {
  private static final Map<Method, OperationDescription> CACHE = new ConcurrentHashMap<>();
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  final ApiOperation operation;
  final boolean idempotent;
  /** Null for {@code Call<Void>}: nothing to decode. */
  final @Nullable JsonAdapter<Object> adapter;
  /** The response type as messages name it, e.g. {@code TestRun}. */
  final String typeName;

  private OperationDescription(Method method) {
    // The generated Retrofit methods are named by their operationId.
    this.operation = ApiOperation.of(method.getName());
    this.idempotent = IDEMPOTENT_METHODS.contains(operation.method());
    Type type = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
    this.adapter = type == Void.class ? null : Json.MOSHI.adapter(type);
    this.typeName = type.getTypeName().replace("ai.sigmamind.sdk.models.", "").replace("java.util.", "");
  }

  /** The description of the method Retrofit tagged the request with. */
  static OperationDescription of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalStateException("request was not built by a Retrofit interface: " + request.method());
    }
    return CACHE.computeIfAbsent(invocation.method(), OperationDescription::new);
  }
}
