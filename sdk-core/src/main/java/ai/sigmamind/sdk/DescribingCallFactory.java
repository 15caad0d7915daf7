package ai.sigmamind.sdk;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retrofit's call factory: Retrofit only describes requests (method, path, query, JSON body); it
 * never gets a real OkHttp call, so the one OkHttp call per attempt is the executor's and a
 * user's {@code EventListener} sees nothing else.
 */
final class DescribingCallFactory implements Call.Factory {
  @Override
  public Call newCall(Request request) {
    return new Description(request);
  }

  /** Holds the described request; any attempt to run it is a bug. */
  private record Description(Request request) implements Call {

    @Override
    public Response execute() {
      throw notRunnable();
    }

    @Override
    public void enqueue(Callback callback) {
      throw notRunnable();
    }

    @Override
    public void cancel() {
    }

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public Call clone() {
      return new Description(request);
    }

    private static UnsupportedOperationException notRunnable() {
      return new UnsupportedOperationException("a request description is not sent; RequestExecutor sends requests");
    }
  }
}
