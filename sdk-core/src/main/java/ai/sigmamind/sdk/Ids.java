package ai.sigmamind.sdk;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Id checks shared by every operation. Ids are opaque: they are never matched against a pattern
 * or rewritten, only refused when null or blank and percent-encoded when they go into a path.
 */
final class Ids {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Ids() {
  }

  /** The id itself, or an IllegalArgumentException naming the parameter. */
  static String require(@Nullable String id, String parameter) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(parameter + " must not be null or blank");
    }
    return id;
  }

  /**
   * The id encoded as one path segment: every byte of its UTF-8 form except RFC 3986 unreserved
   * characters becomes {@code %XX}, so {@code /}, {@code ?}, {@code #}, {@code %} and spaces cannot
   * change the request's path or query.
   */
  static String pathSegment(@Nullable String id, String parameter) {
    String required = require(id, parameter);
    if (allUnreserved(required)) {
      return required; // The usual id: nothing to encode, nothing to allocate.
    }
    byte[] bytes = required.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean allUnreserved(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (!isUnreserved(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
