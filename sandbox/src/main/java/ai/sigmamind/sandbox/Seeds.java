package ai.sigmamind.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Deterministic randomness. Every decision draws from its own stream keyed by (seed, purpose,
 * parts), so a verdict or a transcript depends only on what it is about, never on the order in
 * which concurrent requests happened to arrive.
 */
final class Seeds {
  private static final String ALPHANUMERICS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Seeds() {
  }

  /** A stream determined by the seed, the purpose and the parts (FNV-1a over their text). */
  static SplittableRandom random(long seed, String purpose, Object... parts) {
    long hash = 0xcbf29ce484222325L ^ seed;
    hash = mix(hash, purpose);
    for (Object part : parts) {
      hash = mix(hash, String.valueOf(part));
    }
    return new SplittableRandom(hash);
  }

  /** {@code length} characters from [0-9A-Za-z], the alphabet of SigmaMind's ids. */
  static String alphanumerics(SplittableRandom random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERICS.charAt(random.nextInt(ALPHANUMERICS.length())));
    }
    return out.toString();
  }

  private static long mix(long hash, String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    // A separator byte no UTF-8 text contains, so ("ab","c") and ("a","bc") differ.
    return (hash ^ 0xff) * 0x100000001b3L;
  }
}
