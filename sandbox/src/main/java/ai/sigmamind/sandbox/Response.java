package ai.sigmamind.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the server sends: a status, an optional JSON body and extra headers. */
record Response(int status, @Nullable String json, Map<String, String> headers) {

  Response {
    headers = Map.copyOf(headers);
  }

  static Response json(int status, String json) {
    return new Response(status, json, Map.of());
  }

  static Response noContent() {
    return new Response(204, null, Map.of());
  }

  Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, json, more);
  }
}
