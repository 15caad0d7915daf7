package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiOperation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Runs every call, sync or async, through one loop: attempt (status, headers, body read and
 * decoded) → classify → wait → next attempt. The generated Retrofit interface only describes the
 * request; each attempt is one OkHttp call on the client's transport, so user interceptors,
 * logging and event listeners see each attempt once.
 *
 * <p>The retry rule, chosen so a batch run is never created twice:
 *
 * <ul>
 *   <li>GET, HEAD, PUT, DELETE and OPTIONS are retried after any I/O failure, including one while
 *       the body streams in, and on 408, 429, 500, 502, 503 and 504.
 *   <li>POST (and any other non-idempotent method) is retried only when it provably did not reach
 *       the server ({@link SendTracker}: refused connection, DNS failure, connect timeout) or the
 *       server answered 429 or 503, which say the request was not processed.
 * </ul>
 *
 * <p>At most {@code maxRetries} retries. Waits use exponential backoff with equal jitter (base 0.5
 * s doubling per retry, capped at 8 s) or the server's {@code Retry-After}, capped at {@value
 * #MAX_RETRY_AFTER_SECONDS} s. No retry starts when its wait would end past the call's deadline;
 * each attempt's timeouts are cut to the time left. The blocking path waits with the sleeper; the
 * async path waits on the client's scheduler, holding no thread.
 */
final class RequestExecutor {
  static final long MAX_RETRY_AFTER_SECONDS = 60;

  private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS);
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  /** Statuses by which the server says it did not process the request. */
  private static final Set<Integer> NOT_PROCESSED_STATUSES = Set.of(429, 503);

  private final OkHttpClient transport;
  private final ClientOptions options;
  private final ErrorMapper errors;
  private final ResponseReader reader;
  private final ClientResources resources;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final List<RequestListener> listeners;

  RequestExecutor(OkHttpClient transport, ClientOptions options, ClientResources resources, Sleeper sleeper) {
    this.transport = transport;
    this.options = options;
    this.errors = new ErrorMapper(options.apiKey, options.clock);
    this.reader = new ResponseReader(errors);
    this.resources = resources;
    this.sleeper = sleeper;
    this.clock = options.clock;
    this.jitter = options.jitter;
    this.listeners = options.listeners;
  }

  /** Runs the call on the calling thread. */
  <T extends @Nullable Object> ApiResponse<T> execute(retrofit2.Call<T> described, RequestOptions perCall) {
    return new Run<T>(described, perCall, false).runBlocking();
  }

  /**
   * Runs the call without blocking: attempts go through OkHttp's dispatcher, waits through the
   * client's scheduler. Cancelling the future cancels the attempt in flight or the wait.
   */
  <T extends @Nullable Object> CompletableFuture<ApiResponse<T>> executeAsync(
      retrofit2.Call<T> described, RequestOptions perCall) {
    return new Run<T>(described, perCall, true).runAsync();
  }

  /** One call: its request, deadline, settings and progress through the attempts. */
  private final class Run<T extends @Nullable Object> {
    private final Request described;
    private final OperationDescription description;
    /** This call's listeners, as each listener's {@link RequestListener#forCall} chose. */
    private final List<RequestListener> callListeners;
    private final RequestOptions perCall;
    private final int maxRetries;
    private final Duration overallTimeout;
    private final int connectMillis;
    private final int attemptMillis;
    private final long startNanos = System.nanoTime();
    /** Epoch millis by the client's clock. */
    private long deadlineMillis;
    private int attempts;
    /** The last attempt's status, 0 before any or when no response came. */
    private volatile int lastStatusCode;
    private long leftMillis;
    /** An async call's result; null for a blocking call, which returns or throws instead. */
    private final @Nullable CompletableFuture<ApiResponse<T>> result;
    private volatile @Nullable Call inFlight;
    private volatile @Nullable CompletableFuture<Void> waiting;

    Run(retrofit2.Call<T> call, RequestOptions perCall, boolean async) {
      Objects.requireNonNull(perCall, "options");
      resources.ensureOpen();
      this.result = async ? new CompletableFuture<>() : null;
      this.described = describe(call);
      this.description = OperationDescription.of(described);
      this.callListeners = forCall(description.operation, described.url());
      this.perCall = perCall;
      CallSettings settings = options.calls.overriddenBy(perCall.calls());
      this.maxRetries = Objects.requireNonNull(settings.maxRetries);
      this.overallTimeout = Objects.requireNonNull(settings.overallTimeout);
      this.connectMillis = millis(Objects.requireNonNull(settings.connectTimeout));
      this.attemptMillis = millis(Objects.requireNonNull(settings.attemptTimeout));
    }

    ApiResponse<T> runBlocking() {
      start();
      while (true) {
        SendTracker.Attempt mark = newAttempt();
        Call call = newCall(mark);
        long attemptStart = System.nanoTime();
        Outcome<T> outcome;
        try {
          outcome = read(call, call.execute(), mark);
        } catch (IOException e) {
          outcome = ioFailure(e, call, mark);
        }
        Duration wait = retryWait(outcome, call);
        attempted(outcome, attemptStart, wait);
        if (wait == null) {
          return finish(outcome);
        }
        try {
          if (!resources.sleepUnlessClosed(sleeper, wait)) {
            throw ended(closedWhileWaiting(), outcome.statusCode);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw ended(new SigmaMindCancelledException("Interrupted while waiting to retry " + where(), e),
              outcome.statusCode);
        }
      }
    }

    CompletableFuture<ApiResponse<T>> runAsync() {
      future().whenComplete((value, error) -> {
        if (error instanceof CancellationException) {
          cancelInFlight();
        }
      });
      start();
      attemptAsync();
      return future();
    }

    private void attemptAsync() {
      SendTracker.Attempt mark = newAttempt();
      Call call;
      try {
        call = newCall(mark);
      } catch (RuntimeException e) { // The client was closed just after the wait.
        future().completeExceptionally(resources.isClosed() ? ended(closedWhileWaiting(), lastStatusCode) : e);
        return;
      }
      inFlight = call;
      if (future().isDone()) {
        call.cancel();
      }
      long attemptStart = System.nanoTime();
      call.enqueue(new Callback() {
        @Override
        public void onFailure(Call failed, IOException e) {
          afterAttemptAsync(ioFailure(e, failed, mark), failed, attemptStart);
        }

        @Override
        public void onResponse(Call answered, Response response) {
          afterAttemptAsync(read(answered, response, mark), answered, attemptStart);
        }
      });
    }

    private void afterAttemptAsync(Outcome<T> outcome, Call call, long attemptStart) {
      Duration wait = retryWait(outcome, call);
      attempted(outcome, attemptStart, wait);
      if (wait == null || future().isDone()) {
        try {
          future().complete(finish(outcome));
        } catch (SigmaMindException e) {
          future().completeExceptionally(e);
        }
        return;
      }
      CompletableFuture<Void> delay = resources.delayUnlessClosed(sleeper, wait);
      waiting = delay;
      if (future().isDone()) {
        delay.cancel(false);
      }
      delay.whenComplete((ignored, error) -> {
        if (error == null && !future().isDone() && !resources.isClosed()) {
          attemptAsync();
          return;
        }
        // Cancelled (the future, or the client closed): listeners still see the call end, as a
        // blocking call's interrupt. A cancelled future stays cancelled; a closed client's call
        // fails with the SDK's exception.
        SigmaMindException cancelled = ended(resources.isClosed() ? closedWhileWaiting()
            : new SigmaMindCancelledException("Cancelled while waiting to retry " + where(), error), outcome.statusCode);
        future().completeExceptionally(cancelled);
      });
    }

    private SigmaMindCancelledException closedWhileWaiting() {
      return new SigmaMindCancelledException("Client closed while waiting to retry " + where(), null);
    }

    private String where() {
      return described.method() + " " + described.url().encodedPath();
    }

    private CompletableFuture<ApiResponse<T>> future() {
      return Objects.requireNonNull(result, "async only");
    }

    private void cancelInFlight() {
      Call call = inFlight;
      if (call != null) {
        call.cancel();
      }
      CompletableFuture<Void> delay = waiting;
      if (delay != null) {
        delay.cancel(false);
      }
    }

    private void start() {
      deadlineMillis = clock.millis() + overallTimeout.toMillis();
      for (RequestListener listener : callListeners) {
        tell(() -> listener.onStart(description.operation));
      }
    }

    /** The next attempt's tag, its timeouts cut to the time left; counts the attempt. */
    private SendTracker.Attempt newAttempt() {
      attempts++;
      leftMillis = Math.max(1, deadlineMillis - clock.millis());
      return new SendTracker.Attempt(
          capped(connectMillis, leftMillis), capped(attemptMillis, leftMillis), capped(attemptMillis, leftMillis));
    }

    /** One attempt's OkHttp call: the described request with headers, extra query and the tag added. */
    private Call newCall(SendTracker.Attempt mark) {
      resources.ensureOpen();
      Request.Builder builder = described.newBuilder()
          .header("User-Agent", options.userAgent)
          .header(ClientOptions.API_KEY_HEADER, options.apiKey.value())
          .tag(SendTracker.Attempt.class, mark);
      for (Map.Entry<String, String> header : perCall.headers().entrySet()) {
        builder.header(header.getKey(), header.getValue());
      }
      if (!perCall.queryParameters().isEmpty()) {
        HttpUrl.Builder url = described.url().newBuilder();
        perCall.queryParameters().forEach(url::addQueryParameter);
        builder.url(url.build());
      }
      Call call = transport.newCall(builder.build());
      call.timeout().timeout(leftMillis, TimeUnit.MILLISECONDS);
      return call;
    }

    /** Reads the whole response inside the attempt, so a failure mid-body is this attempt's. */
    private Outcome<T> read(Call call, Response response, SendTracker.Attempt mark) {
      try (response) {
        int status = response.code();
        if (!response.isSuccessful()) {
          SigmaMindApiException error = errors.fromErrorResponse(response, ResponseReader.errorText(response.body()));
          boolean retryable = description.idempotent
              ? RETRYABLE_STATUSES.contains(status) : NOT_PROCESSED_STATUSES.contains(status);
          Duration retryAfter = RetryAfter.delay(response.header("Retry-After"), clock.instant());
          return new Outcome<>(null, error, retryable, retryAfter, status);
        }
        T value = reader.decode(description, response);
        return new Outcome<>(new ApiResponse<>(status, response.headers(), attempts, value), null, false, null, status);
      } catch (IOException e) {
        return ioFailure(e, call, mark);
      } catch (ResponseDecodingException e) {
        return new Outcome<>(null, e, false, null, response.code());
      }
    }

    private Outcome<T> ioFailure(IOException e, Call call, SendTracker.Attempt mark) {
      boolean safeToRepeat = description.idempotent || !mark.mayHaveReachedServer();
      return new Outcome<>(null, errors.fromIoException(e, call.request()), safeToRepeat, null, 0);
    }

    /** The wait before the next attempt, or null when this outcome is final. */
    private @Nullable Duration retryWait(Outcome<T> outcome, Call call) {
      if (outcome.failure == null || !outcome.retryable || attempts > maxRetries || call.isCanceled()
          || (result != null && result.isCancelled())) {
        return null;
      }
      Duration wait = outcome.retryAfter == null ? backoff(attempts - 1) : min(outcome.retryAfter, MAX_RETRY_AFTER);
      return clock.millis() + wait.toMillis() < deadlineMillis ? wait : null;
    }

    private ApiResponse<T> finish(Outcome<T> outcome) {
      if (outcome.failure != null) {
        throw ended(outcome.failure, outcome.statusCode);
      }
      ApiResponse<T> response = outcome.response;
      for (RequestListener listener : callListeners) {
        tell(() -> listener.onEnd(description.operation,
            new RequestListener.End(attempts, response.statusCode(), null, sinceStart())));
      }
      return response;
    }

    private SigmaMindException ended(SigmaMindException failure, int statusCode) {
      for (RequestListener listener : callListeners) {
        tell(() -> listener.onEnd(description.operation,
            new RequestListener.End(attempts, statusCode, failure, sinceStart())));
      }
      return failure;
    }

    private void attempted(Outcome<T> outcome, long attemptStart, @Nullable Duration wait) {
      lastStatusCode = outcome.statusCode;
      if (callListeners.isEmpty()) {
        return;
      }
      RequestListener.Attempt attempt = new RequestListener.Attempt(
          attempts, outcome.statusCode, outcome.failure, Duration.ofNanos(System.nanoTime() - attemptStart), wait);
      for (RequestListener listener : callListeners) {
        tell(() -> listener.onAttempt(description.operation, attempt));
      }
    }

    private Duration sinceStart() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Equal jitter: between half and all of 0.5 s * 2^retry, capped at 8 s. */
    private Duration backoff(int retry) {
      Duration base = retry >= 5 ? MAX_BACKOFF : min(INITIAL_BACKOFF.multipliedBy(1L << retry), MAX_BACKOFF);
      long half = base.toMillis() / 2;
      return Duration.ofMillis(half + Math.round(half * jitter.getAsDouble()));
    }
  }

  /**
   * The request Retrofit describes. Whatever Retrofit throws while building it (a converter
   * failing, an argument it refuses) becomes a SigmaMindException.
   */
  static Request describe(retrofit2.Call<?> described) {
    try {
      return described.request();
    } catch (RuntimeException e) {
      throw new SigmaMindException("Could not build the request: " + e.getMessage(), e);
    }
  }

  /** Each listener's choice for one call; a listener whose {@code forCall} fails sees the call itself. */
  private List<RequestListener> forCall(ApiOperation operation, HttpUrl url) {
    if (listeners.isEmpty()) {
      return listeners;
    }
    RequestListener.Server server = new RequestListener.Server(url.host(), url.port());
    List<RequestListener> chosen = new ArrayList<>(listeners.size());
    for (RequestListener listener : listeners) {
      RequestListener forCall = listener;
      try {
        forCall = Objects.requireNonNullElse(listener.forCall(operation, server), listener);
      } catch (RuntimeException ignored) {
        // Documented on RequestListener: observation never changes a call's outcome.
      }
      chosen.add(forCall);
    }
    return chosen;
  }

  /** An exception a listener throws must not change the call's outcome. */
  private static void tell(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException ignored) {
      // Documented on RequestListener: observation never changes a call's outcome.
    }
  }

  private static int millis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  private static int capped(int configured, long leftMillis) {
    return (int) Math.min(configured, leftMillis);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** What one attempt ended with: a response, or a failure and whether it may be retried. */
  private static final class Outcome<T extends @Nullable Object> {
    final @Nullable ApiResponse<T> response;
    final @Nullable SigmaMindException failure;
    final boolean retryable;
    final @Nullable Duration retryAfter;
    final int statusCode;

    Outcome(@Nullable ApiResponse<T> response, @Nullable SigmaMindException failure, boolean retryable,
        @Nullable Duration retryAfter, int statusCode) {
      this.response = response;
      this.failure = failure;
      this.retryable = retryable;
      this.retryAfter = retryAfter;
      this.statusCode = statusCode;
    }
  }
}
