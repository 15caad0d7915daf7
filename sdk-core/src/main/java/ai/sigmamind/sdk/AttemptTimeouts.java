package ai.sigmamind.sdk;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * First interceptor: applies the attempt's connect, read and write timeouts that the executor
 * tagged the request with (this call's settings, cut to the time left before its deadline). In the
 * usual case they equal the transport's own and the chain is used as it is, uncopied.
 */
final class AttemptTimeouts implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    SendTracker.Attempt limits = chain.request().tag(SendTracker.Attempt.class);
    if (limits == null || (limits.connectMillis == chain.connectTimeoutMillis()
        && limits.readMillis == chain.readTimeoutMillis() && limits.writeMillis == chain.writeTimeoutMillis())) {
      return chain.proceed(chain.request());
    }
    return chain
        .withConnectTimeout(limits.connectMillis, TimeUnit.MILLISECONDS)
        .withReadTimeout(limits.readMillis, TimeUnit.MILLISECONDS)
        .withWriteTimeout(limits.writeMillis, TimeUnit.MILLISECONDS)
        .proceed(chain.request());
  }
}
