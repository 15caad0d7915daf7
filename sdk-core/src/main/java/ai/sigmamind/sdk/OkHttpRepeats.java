package ai.sigmamind.sdk;

import java.util.List;
import okhttp3.Authenticator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a request on its own, so that every request the server sees is an
 * attempt of {@link RequestExecutor}'s loop, counted by its retry rule, interceptors and listeners.
 *
 * <p>OkHttp's internal retry-and-follow-up step (between the application and the network
 * interceptors) repeats: a failed connection (off with {@code retryOnConnectionFailure}), a
 * redirect (off: a 3xx is answered as an unexpected status, and the API key never follows it to
 * another host), a 401 or 407 through an authenticator (the 401 one off: the key is a header, not
 * a challenge answer; a proxy's stays the user's), and a 503 carrying {@code Retry-After: 0},
 * whatever the settings say. That step reads the header from what the network interceptors hand
 * up, so {@link #HIDE_RETRY_AFTER}, the outermost network interceptor, renames it on a 503, and
 * {@link #RESTORE_RETRY_AFTER}, the innermost application interceptor, names it back before any
 * other interceptor, the logging or the executor sees the response. What remains is a 421 on a
 * coalesced HTTP/2 connection, repeated once on a connection of its own: a transport detail the
 * server never counts as a second request for the same host.
 */
final class OkHttpRepeats {
  /** The name a 503's {@code Retry-After} travels under between the two interceptors. */
  static final String HIDDEN_RETRY_AFTER = "X-SigmaMind-Sdk-Retry-After";

  static final Interceptor HIDE_RETRY_AFTER = chain -> {
    Response response = chain.proceed(chain.request());
    return response.code() == 503 ? rename(response, "Retry-After", HIDDEN_RETRY_AFTER) : response;
  };

  static final Interceptor RESTORE_RETRY_AFTER = chain ->
      rename(chain.proceed(chain.request()), HIDDEN_RETRY_AFTER, "Retry-After");

  private OkHttpRepeats() {
  }

  /** Turns off the repeats OkHttp has a setting for and installs the two interceptors. */
  static void turnOff(OkHttpClient.Builder transport) {
    transport.retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(Authenticator.NONE);
    transport.interceptors().add(RESTORE_RETRY_AFTER);
    transport.networkInterceptors().add(0, HIDE_RETRY_AFTER);
  }

  private static Response rename(Response response, String from, String to) {
    List<String> values = response.headers(from);
    if (values.isEmpty()) {
      return response;
    }
    Response.Builder renamed = response.newBuilder().removeHeader(from);
    values.forEach(value -> renamed.addHeader(to, value));
    return renamed.build();
  }
}
