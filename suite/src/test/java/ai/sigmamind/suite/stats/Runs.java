package ai.sigmamind.suite.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Suite runs written as verdict strings: {@code "PPF"} is two passes then a failure. */
final class Runs {
  static final Instant DATE = Instant.parse("2026-12-01T10:15:30Z");

  private Runs() {
  }

  static CaseRun caseRun(String label, String verdicts) {
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < verdicts.length(); i++) {
      boolean passed = verdicts.charAt(i) == 'P';
      attempts.add(new Attempt(i + 1, passed, "user: help " + label + "\nagent: attempt " + (i + 1),
          passed ? "Met the criteria." : "Missed the criteria."));
    }
    return new CaseRun(label, attempts);
  }

  /** {@code passes} passes then failures up to {@code attempts}. */
  static CaseRun caseRun(String label, int passes, int attempts) {
    return caseRun(label, "P".repeat(passes) + "F".repeat(attempts - passes));
  }

  static SuiteRun suiteRun(String batchId, CaseRun... cases) {
    return new SuiteRun("demo-agent", batchId, DATE, List.of(cases));
  }
}
