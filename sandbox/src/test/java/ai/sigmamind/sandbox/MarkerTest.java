package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.TestRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Markers in a test case force its runs' outcome, or their pass probability, whatever the seed draws. */
class MarkerTest {
  private static final SandboxClock CLOCK = SandboxClock.fixed(Instant.parse("2026-05-01T00:00:00Z"));

  /** Pass probability 0.5, so unforced verdicts are mixed and only a marker explains uniformity. */
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      new SandboxExtension(SigmaMindSandbox.builder().clock(CLOCK).pace(Duration.ZERO).passProbability(0.5));

  private Api api;

  @BeforeEach
  void setUp(SigmaMindSandbox sandbox) {
    api = new Api(sandbox.baseUrl(), "key-markers");
  }

  private List<TestRun> run(String userPrompt, String successCriteria) {
    return run(userPrompt, successCriteria, 6);
  }

  private List<TestRun> run(String userPrompt, String successCriteria, long attempts) {
    String testCaseId = api.createTestCase(userPrompt, successCriteria, attempts).testCaseId();
    return api.runs(api.startBatch(testCaseId).batchId()).data();
  }

  @Test
  void passMarkerMakesEveryRunSucceed() {
    assertThat(run("A customer. [sandbox:pass]", "Agent helps.")).extracting(TestRun::successful).containsOnly(true);
  }

  @Test
  void failMarkerMakesEveryRunFailAndWorksInTheCriteriaCaseInsensitively() {
    List<TestRun> runs = run("A customer.", "Agent helps. [SANDBOX:Fail]");

    assertThat(runs).extracting(TestRun::successful).containsOnly(false);
    assertThat(runs).allSatisfy(testRun -> assertThat(testRun.remarks())
        .startsWith("The agent did not meet the success criteria (\"Agent helps\")"));
  }

  @Test
  void flakyMarkerAlternatesByAttempt() {
    assertThat(run("[sandbox:flaky] A customer.", "Agent helps.")).extracting(TestRun::successful)
        .containsExactly(true, false, true, false, true, false);
  }

  @Test
  void thePromptsMarkerWinsOverTheCriterias() {
    assertThat(run("A customer. [sandbox:pass]", "[sandbox:fail] Agent helps.")).extracting(TestRun::successful)
        .containsOnly(true);
  }

  @Test
  void stuckMarkerRunsNeverComplete() {
    String testCaseId = api.createTestCase("A customer. [sandbox:stuck]", "Agent helps.", 2).testCaseId();
    String batchId = api.startBatch(testCaseId).batchId();

    CLOCK.advance(Duration.ofDays(365));

    BatchRun batch = api.batch(batchId);
    assertThat(batch.successfulAttempts() + batch.failedAttempts()).isZero();
    assertThat(batch.totalAttempts()).isEqualTo(2L);
    assertThat(api.runs(batchId).data()).allSatisfy(testRun -> assertThat(testRun.completedDate()).isNull());
  }

  @Test
  void withoutMarkersTheVerdictsAreMixed() {
    assertThat(run("A customer.", "Agent helps.", 20)).extracting(TestRun::successful).contains(true, false);
  }

  @Test
  void markersAreLeftOutOfRemarks() {
    assertThat(run("A customer. [sandbox:pass]", "Agent helps [sandbox:pass] politely."))
        .allSatisfy(testRun -> assertThat(testRun.remarks()).doesNotContain("[sandbox").contains("\"Agent helps politely\""));
  }

  @Test
  void probabilityMarkerPassesThatShareOfRuns() {
    String testCaseId = api.createTestCase("A customer. [sandbox:p=0.3]", "Agent helps.", 1000).testCaseId();

    BatchRun batch = api.batch(api.startBatch(testCaseId).batchId());

    // Seeded, so the count is fixed; 1000 draws at 0.3 land within 0.3 ± 0.045 (3 standard errors).
    assertThat(batch.successfulAttempts()).isBetween(255L, 345L);
    assertThat(batch.successfulAttempts() + batch.failedAttempts()).isEqualTo(1000L);
  }

  @Test
  void probabilityMarkerDrawsAfreshForEachBatchAndTheSameForTheSameSeed() {
    String testCaseId = api.createTestCase("A customer.", "Agent helps. [sandbox:P=.5]", 40).testCaseId();
    List<Boolean> first = verdicts(api, api.startBatch(testCaseId).batchId());
    List<Boolean> second = verdicts(api, api.startBatch(testCaseId).batchId());

    assertThat(first).isNotEqualTo(second);
    try (SigmaMindSandbox twin = SigmaMindSandbox.builder().clock(CLOCK).pace(Duration.ZERO).passProbability(0.5).build().start()) {
      Api twinApi = new Api(twin.baseUrl(), "key-markers");
      String twinCase = twinApi.createTestCase("A customer.", "Agent helps. [sandbox:P=.5]", 40).testCaseId();
      assertThat(verdicts(twinApi, twinApi.startBatch(twinCase).batchId())).isEqualTo(first);
    }
  }

  @Test
  void probabilitiesZeroAndOneAreCertain() {
    assertThat(run("A customer. [sandbox:p=0]", "Agent helps.")).extracting(TestRun::successful).containsOnly(false);
    assertThat(run("A customer. [sandbox:p=1.0]", "Agent helps.")).extracting(TestRun::successful).containsOnly(true);
  }

  @Test
  void aProbabilityOutsideZeroToOneIsNotAMarker() {
    assertThat(run("A customer. [sandbox:p=1.5] [sandbox:fail]", "Agent helps.")).extracting(TestRun::successful)
        .containsOnly(false);
    assertThat(run("A customer. [sandbox:p=0.9]", "Agent helps [sandbox:p=2] politely."))
        .allSatisfy(testRun -> assertThat(testRun.remarks()).contains("\"Agent helps [sandbox:p=2] politely\""));
  }

  private static List<Boolean> verdicts(Api api, String batchId) {
    return api.runs(batchId).data().stream().map(TestRun::successful).toList();
  }
}
