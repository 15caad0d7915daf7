package ai.sigmamind.sandbox;

import ai.sigmamind.sdk.models.ApiOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** The fault rules in force and their trigger state. Thread-safe. */
final class Faults {
  private final long seed;
  private final List<Active> active = new ArrayList<>();
  private int injected;

  Faults(long seed) {
    this.seed = seed;
  }

  /** What to do to one request: wait {@code delay}, then fail with {@code failure} if set. */
  record Decision(Duration delay, @Nullable FaultRule failure) {
    static final Decision NONE = new Decision(Duration.ZERO, null);
  }

  synchronized void add(FaultRule rule) {
    // Each rule gets its own stream, so adding a rule does not change when the others fire.
    active.add(new Active(rule, Seeds.random(seed, "fault", injected++), rule.trigger().times()));
  }

  synchronized void clear() {
    active.clear();
    injected = 0;
  }

  synchronized Decision decide(@Nullable ApiOperation operation, String path) {
    Duration delay = Duration.ZERO;
    FaultRule failure = null;
    for (Iterator<Active> it = active.iterator(); it.hasNext() && failure == null; ) {
      Active rule = it.next();
      if (!rule.config.trigger().covers(operation, path) || !rule.fires()) {
        continue;
      }
      if (rule.exhausted()) {
        it.remove();
      }
      if (rule.config.effect().kind() == FaultRule.Kind.LATENCY) {
        delay = delay.plus(rule.config.effect().latency());
      } else {
        failure = rule.config;
      }
    }
    return failure == null && delay.isZero() ? Decision.NONE : new Decision(delay, failure);
  }

  private static final class Active {
    final FaultRule config;
    final SplittableRandom random;
    int remaining;

    Active(FaultRule config, SplittableRandom random, int remaining) {
      this.config = config;
      this.random = random;
      this.remaining = remaining;
    }

    /** Draws for this request and, when it fires, uses up one of a limited rule's requests. */
    boolean fires() {
      double rate = config.trigger().rate();
      if (rate < 1.0 && random.nextDouble() >= rate) {
        return false;
      }
      if (remaining > 0) {
        remaining--;
      }
      return true;
    }

    boolean exhausted() {
      return config.trigger().times() > 0 && remaining == 0;
    }
  }
}
