package ai.sigmamind.sdk;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;

/**
 * Last interceptor, so it logs each attempt as it goes out (after auth and user interceptors).
 * Logs at INFO, never bodies, and redacts secret headers and any echo of the API key.
 */
record LoggingInterceptor(LogLevel level, ApiKey apiKey, Logger logger) implements Interceptor {
  private static final Set<String> SECRET_HEADERS = Set.of(
      "x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String call = request.method() + " " + request.url();
    StringBuilder out = new StringBuilder("--> ").append(call);
    if (level == LogLevel.HEADERS) {
      RequestBody body = request.body();
      if (body != null && body.contentType() != null) {
        out.append("\n  Content-Type: ").append(body.contentType());
      }
      appendHeaders(out, request.headers());
    }
    log(out);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(new StringBuilder("<-- FAILED ").append(call).append(": ").append(e));
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ').append(call)
        .append(" (").append(millis).append(" ms)");
    if (level == LogLevel.HEADERS) {
      appendHeaders(in, response.headers());
    }
    log(in);
    return response;
  }

  private static void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      out.append("\n  ").append(name).append(": ").append(secret ? ApiKey.REDACTED : headers.value(i));
    }
  }

  private void log(StringBuilder line) {
    logger.info(apiKey.redact(line.toString()));
  }
}
