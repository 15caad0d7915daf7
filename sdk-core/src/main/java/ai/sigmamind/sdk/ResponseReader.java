package ai.sigmamind.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response's body as part of its attempt: decodes a success into the declared model, or
 * reads an error's text. An I/O failure while the body streams in is thrown as the IOException it
 * is (the executor may retry it); a body that arrived but is not the documented type becomes a
 * {@link ResponseDecodingException}.
 */
final class ResponseReader {
  /** The head of a body kept for its excerpt: 512 characters even if each takes four bytes. */
  private static final int EXCERPT_SOURCE_BYTES = 4 * ResponseDetails.EXCERPT_LIMIT;
  /** An error body is read this far at most: an error page of any size must not fill the heap. */
  static final long ERROR_BODY_LIMIT = 64 * 1024;

  private final ErrorMapper errors;

  ResponseReader(ErrorMapper errors) {
    this.errors = errors;
  }

  /**
   * Decodes as the body streams in, so a large page is never held whole. Only the body's head is
   * copied first, for the excerpt a failure reports: a copy rather than a shared snapshot,
   * because shared segments never go back to okio's pool.
   */
  @SuppressWarnings("unchecked") // The adapter is for the T of the Call<T> the Retrofit method returns.
  <T extends @Nullable Object> T decode(OperationDescription description, Response response) throws IOException {
    if (description.adapter == null) {
      return (T) null;
    }
    ResponseBody body = response.body();
    TransportWatch watch = new TransportWatch(body == null ? new Buffer() : body.source());
    BufferedSource source = Okio.buffer(watch);
    boolean whole = !source.request(EXCERPT_SOURCE_BYTES);
    Buffer buffered = source.getBuffer();
    if (whole && isBlank(buffered)) {
      throw errors.undecodable(response, "", "empty body, expected " + description.typeName, null);
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    buffered.copyTo(head, 0, Math.min(buffered.size(), EXCERPT_SOURCE_BYTES));
    Object value;
    try {
      value = Json.decode(source, description.adapter);
    } catch (IOException | RuntimeException e) {
      if (watch.failed) {
        // The connection broke, not the JSON: an I/O failure of this attempt.
        throw e instanceof IOException ? (IOException) e : new IOException(e);
      }
      throw errors.undecodable(response, head.toString(StandardCharsets.UTF_8),
          "body is not a valid " + description.typeName, e);
    }
    if (value == null) {
      throw errors.undecodable(response, head.toString(StandardCharsets.UTF_8),
          "body is JSON null, expected " + description.typeName, null);
    }
    return (T) value;
  }

  /** The error body's text, up to {@link #ERROR_BODY_LIMIT} bytes; enough for any API error. */
  static String errorText(@Nullable ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    BufferedSource source = body.source();
    source.request(ERROR_BODY_LIMIT);
    Buffer buffered = source.getBuffer();
    return buffered.readUtf8(Math.min(buffered.size(), ERROR_BODY_LIMIT));
  }

  private static boolean isBlank(Buffer bytes) {
    for (long i = 0; i < bytes.size(); i++) {
      byte b = bytes.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Marks whether reading from the connection failed, so a reset mid-body is told apart from
   * JSON that ended early (both reach the parser as IOExceptions).
   */
  private static final class TransportWatch extends ForwardingSource {
    boolean failed;

    TransportWatch(okio.Source delegate) {
      super(delegate);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      try {
        return super.read(sink, byteCount);
      } catch (IOException | RuntimeException e) {
        failed = true;
        throw e;
      }
    }
  }
}
