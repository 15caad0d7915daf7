package ai.sigmamind.suite.probe;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;

/**
 * One attempt the probe made, as the spec validator takes it, with the key already masked.
 *
 * @param method the HTTP method
 * @param pathAndQuery the path and query as sent
 * @param request the request, its key header masked
 * @param response the response, the key masked wherever it was echoed
 * @param body the response body as text (empty when there was none)
 */
record ProbedExchange(String method, String pathAndQuery, Request request, Response response, String body) {
  int status() {
    return response.getStatus();
  }

  boolean succeeded() {
    return status() / 100 == 2;
  }

  @Override
  public String toString() {
    return method + " " + pathAndQuery + " -> " + status();
  }
}
