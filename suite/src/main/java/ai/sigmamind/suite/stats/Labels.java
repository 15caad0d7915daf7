package ai.sigmamind.suite.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test case labels are the key baselines, runs and history match on, so each may appear once. */
final class Labels {
  private Labels() {
  }

  static void requireUnique(List<String> labels, String where) {
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      if (!seen.add(label)) {
        throw new IllegalArgumentException("test case label '" + label + "' appears twice in " + where);
      }
    }
  }
}
