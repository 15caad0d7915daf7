package ai.sigmamind.sdk;

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
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * What the SDK knows about one generated interface method, worked out once per JVM: its
 * operation id, HTTP method and path template (for listeners), whether it may be repeated, and
 * the Moshi adapter of its response type, so no call pays for reflection or adapter lookup.
 */
final class OperationDescription {
  private static final Map<Method, OperationDescription> CACHE = new ConcurrentHashMap<>();
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  final RequestListener.Operation operation;
  final boolean idempotent;
  /** Null for {@code Call<Void>}: nothing to decode. */
  final @Nullable JsonAdapter<Object> adapter;
  /** The response type as messages name it, e.g. {@code TestRun}. */
  final String typeName;

  private OperationDescription(Method method) {
    String[] verbAndPath = verbAndPath(method);
    this.operation = new RequestListener.Operation(method.getName(), verbAndPath[0], "/" + verbAndPath[1]);
    this.idempotent = IDEMPOTENT_METHODS.contains(verbAndPath[0]);
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

  private static String[] verbAndPath(Method method) {
    GET get = method.getAnnotation(GET.class);
    if (get != null) {
      return new String[] {"GET", get.value()};
    }
    POST post = method.getAnnotation(POST.class);
    if (post != null) {
      return new String[] {"POST", post.value()};
    }
    PUT put = method.getAnnotation(PUT.class);
    if (put != null) {
      return new String[] {"PUT", put.value()};
    }
    PATCH patch = method.getAnnotation(PATCH.class);
    if (patch != null) {
      return new String[] {"PATCH", patch.value()};
    }
    DELETE delete = method.getAnnotation(DELETE.class);
    if (delete != null) {
      return new String[] {"DELETE", delete.value()};
    }
    throw new IllegalStateException("no HTTP method annotation on " + method);
  }
}
