package ai.sigmamind.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Ids as SigmaMind forms them (a prefix and 16 alphanumerics), from one seeded stream: the same
 * seed and the same sequence of creations give the same ids. Thread-safe.
 */
final class IdGenerator {
  private static final int ID_LENGTH = 16;

  private final long seed;
  private final Set<String> issued = new HashSet<>();
  private SplittableRandom random;

  IdGenerator(long seed) {
    this.seed = seed;
    this.random = Seeds.random(seed, "ids");
  }

  /** A new id such as {@code tc_d17T6uReChpyfFeP}, never one handed out since the last reset. */
  synchronized String next(String prefix) {
    while (true) {
      String id = prefix + Seeds.alphanumerics(random, ID_LENGTH);
      if (issued.add(id)) {
        return id;
      }
    }
  }

  /** Restarts the sequence, so a reset sandbox hands out the same ids again. */
  synchronized void reset() {
    issued.clear();
    random = Seeds.random(seed, "ids");
  }
}
