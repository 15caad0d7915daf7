package ai.sigmamind.suite.probe;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okio.Buffer;

/**
 * Records every attempt the SDK makes, as the spec validator's models, with the key masked: the
 * SDK sets the key header, this only sees it go out so that {@link Redaction} can mask it where
 * the service echoes it. Added to the probe's client with {@code addInterceptor}.
 */
final class ExchangeRecorder implements Interceptor {
  static final String KEY_HEADER = "X-API-Key";
  /** Far above any answer of this API; a larger body is cut there, not read into memory whole. */
  private static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

  private final Redaction redaction;
  private final List<ProbedExchange> exchanges = new CopyOnWriteArrayList<>();

  ExchangeRecorder(Redaction redaction) {
    this.redaction = redaction;
  }

  /** How many attempts were recorded so far. */
  int count() {
    return exchanges.size();
  }

  /** The attempts recorded since {@link #count()} was {@code from}. */
  List<ProbedExchange> since(int from) {
    List<ProbedExchange> all = List.copyOf(exchanges);
    return all.subList(Math.min(from, all.size()), all.size());
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    okhttp3.Request sent = chain.request();
    String key = sent.header(KEY_HEADER);
    if (key != null) {
      redaction.addSecret(key);
    }
    okhttp3.Response received = chain.proceed(sent);

    SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), sent.url().encodedPath());
    sent.url().queryParameterNames().forEach(name -> request.withQueryParam(name, sent.url().queryParameterValues(name)));
    sent.headers().names().forEach(name -> request.withHeader(name,
        name.equalsIgnoreCase(KEY_HEADER) ? List.of(Redaction.MASK) : sent.headers(name)));
    if (sent.body() != null) {
      Buffer body = new Buffer();
      sent.body().writeTo(body);
      request.withBody(redaction.secrets(body.readUtf8()));
      if (sent.body().contentType() != null) {
        request.withContentType(String.valueOf(sent.body().contentType()));
      }
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(received.code());
    received.headers().names().forEach(name -> response.withHeader(name,
        received.headers(name).stream().map(redaction::secrets).toList()));
    String body = redaction.secrets(received.peekBody(MAX_BODY_BYTES).string());
    if (!body.isEmpty()) {
      response.withBody(body);
    }
    String query = sent.url().encodedQuery();
    exchanges.add(new ProbedExchange(sent.method(), sent.url().encodedPath() + (query == null ? "" : "?" + query),
        request.build(), response.build(), body));
    return received;
  }
}
