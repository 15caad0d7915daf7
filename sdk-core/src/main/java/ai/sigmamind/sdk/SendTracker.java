package ai.sigmamind.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor that records, per attempt, whether a connection was established and the
 * request was handed to it. An attempt that fails before that provably never reached the server,
 * which is what makes retrying a POST safe.
 */
final class SendTracker implements Interceptor {

  /** One attempt's mark, passed down as a request tag by {@link RetryInterceptor}. */
  static final class Attempt {
    private volatile boolean mayHaveReachedServer;

    boolean mayHaveReachedServer() {
      return mayHaveReachedServer;
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Attempt attempt = chain.request().tag(Attempt.class);
    if (attempt != null) {
      attempt.mayHaveReachedServer = true;
    }
    return chain.proceed(chain.request());
  }
}
