package ai.sigmamind.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Third interceptor: adds {@code X-API-Key} to every attempt. */
final class AuthInterceptor implements Interceptor {
  static final String HEADER = "X-API-Key";

  private final ApiKey apiKey;

  AuthInterceptor(ApiKey apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(HEADER, apiKey.value()).build());
  }
}
