package ai.sigmamind.sdk;

import com.squareup.moshi.JsonEncodingException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response's body as part of its attempt: decodes a success into the declared model, or
 * reads an error's text. An I/O failure while the body streams in is thrown as the IOException it
 * is (the executor may retry it); a body that arrived but is not the documented type becomes a
 * {@link ResponseDecodingException}.
 */
final class ResponseReader {
  /**
   * The head of a body kept for its excerpt: 512 bytes, i.e. 512 characters of ASCII and fewer of
   * other text. Copied on every call, for a failure that rarely comes, so kept small.
   */
  private static final int EXCERPT_SOURCE_BYTES = ResponseDetails.EXCERPT_LIMIT;
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
    BufferedSource source = body == null ? new Buffer() : body.source();
    boolean whole = !source.request(EXCERPT_SOURCE_BYTES);
    Buffer buffered = source.getBuffer();
    if (whole && isBlank(buffered)) {
      throw errors.undecodable(response, "", "empty body, expected " + description.typeName, null);
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream((int) Math.min(buffered.size(), EXCERPT_SOURCE_BYTES));
    buffered.copyTo(head, 0, Math.min(buffered.size(), EXCERPT_SOURCE_BYTES));
    Object value;
    try {
      value = Json.decode(source, description.adapter);
    } catch (JsonEncodingException | EOFException e) {
      // Moshi's complaints about the bytes, but an EOF may also be the connection breaking.
      if (connectionBroke(source)) {
        throw e;
      }
      throw errors.undecodable(response, excerpt(head),
          "body is not a valid " + description.typeName, e);
    } catch (RuntimeException e) {
      throw errors.undecodable(response, excerpt(head),
          "body is not a valid " + description.typeName, e);
    }
    // Any other IOException came from the connection (reset, timeout, early end): thrown as is.
    if (value == null) {
      throw errors.undecodable(response, excerpt(head),
          "body is JSON null, expected " + description.typeName, null);
    }
    return (T) value;
  }

  /** The head as text, without the half character a cut may leave at its end. */
  private static String excerpt(ByteArrayOutputStream head) {
    String text = head.toString(StandardCharsets.UTF_8);
    return text.endsWith("\uFFFD") && head.size() == EXCERPT_SOURCE_BYTES ? text.substring(0, text.length() - 1) : text;
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
   * Whether the body cannot be read on: a body that arrived whole ends cleanly, a connection that
   * broke mid-body fails again when asked. Checked only after a parser complaint, so a clean
   * call pays nothing for it (a watching source layer would cost a buffer copy per call).
   */
  private static boolean connectionBroke(BufferedSource source) {
    try {
      source.exhausted();
      return false;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
