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

  /**
   * One attempt's request tag, set by {@link RequestExecutor}: its timeouts (for {@link
   * AttemptTimeouts}) and the mark this interceptor sets. One tag, not two: each costs a map entry
   * copied twice per request.
   */
  static final class Attempt {
    private volatile boolean mayHaveReachedServer;
    /** Timeouts in milliseconds; never 0, which OkHttp reads as "none". */
    final int connectMillis;
    final int readMillis;
    final int writeMillis;

    Attempt(int connectMillis, int readMillis, int writeMillis) {
      this.connectMillis = connectMillis;
      this.readMillis = readMillis;
      this.writeMillis = writeMillis;
    }

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
