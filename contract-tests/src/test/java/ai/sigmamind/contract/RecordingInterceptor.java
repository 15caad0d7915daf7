package ai.sigmamind.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okio.Buffer;

/**
 * Records every request the SDK sends and the response it gets, as the spec validator's models,
 * so they can be checked against the spec after the SDK has decoded them.
 */
final class RecordingInterceptor implements Interceptor {
  /** One request and its response. */
  record Exchange(String method, String pathAndQuery, Request request, Response response) {
    int status() {
      return response.getStatus();
    }

    @Override
    public String toString() {
      return method + " " + pathAndQuery + " -> " + status();
    }
  }

  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    okhttp3.Request sent = chain.request();
    okhttp3.Response received = chain.proceed(sent);

    SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), sent.url().encodedPath());
    sent.url().queryParameterNames().forEach(name -> request.withQueryParam(name, sent.url().queryParameterValues(name)));
    sent.headers().names().forEach(name -> request.withHeader(name, sent.headers(name)));
    if (sent.body() != null) {
      Buffer body = new Buffer();
      sent.body().writeTo(body);
      request.withBody(body.readUtf8());
      if (sent.body().contentType() != null) {
        request.withContentType(sent.body().contentType().toString());
      }
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(received.code());
    received.headers().names().forEach(name -> response.withHeader(name, received.headers(name)));
    String body = received.peekBody(Long.MAX_VALUE).string();
    if (!body.isEmpty()) {
      response.withBody(body);
    }
    String query = sent.url().encodedQuery();
    exchanges.add(new Exchange(sent.method(), sent.url().encodedPath() + (query == null ? "" : "?" + query),
        request.build(), response.build()));
    return received;
  }
}
