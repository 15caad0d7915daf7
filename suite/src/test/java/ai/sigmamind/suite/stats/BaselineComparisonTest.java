package ai.sigmamind.suite.stats;

import static ai.sigmamind.suite.stats.Runs.caseRun;
import static ai.sigmamind.suite.stats.Runs.suiteRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict categories on constructed inputs. */
class BaselineComparisonTest {
  private static final GateSettings DEFAULTS = GateSettings.defaults();

  private static BaselineComparison compare(SuiteRun baseline, SuiteRun candidate, GateSettings settings) {
    return BaselineComparison.compare(Baseline.record(baseline), candidate, settings);
  }

  private static CaseComparison only(SuiteRun baseline, SuiteRun candidate) {
    return compare(baseline, candidate, DEFAULTS).cases().get(0);
  }

  @Test
  void aLargeSignificantDropIsARegressionAndFailsTheGate() {
    BaselineComparison result = compare(suiteRun("b1", caseRun("Refund", 18, 20)),
        suiteRun("b2", caseRun("Refund", 9, 20)), DEFAULTS);

    assertThat(result.passed()).isFalse();
    CaseComparison refund = result.cases().get(0);
    assertThat(refund.verdict()).isEqualTo(CaseVerdict.REGRESSED);
    assertThat(refund.dropPValue()).isEqualTo(FisherExact.dropPValue(PassRate.of(18, 20), PassRate.of(9, 20)));
    assertThat(refund.drop()).isEqualTo(0.45, within(1e-12));
    assertThat(result.reasons()).containsExactly(
        "'Refund' regressed: 18/20 → 9/20 passed (90.0% → 45.0%), adjusted p = 0.0029");
    assertThat(result.regressed()).containsExactly(refund);
  }

  @Test
  void theRegressionCarriesAPassingBaselineAttemptAndAFailingCandidateOne() {
    CaseComparison refund = only(suiteRun("b1", caseRun("Refund", "FPPPPPPPPP")), suiteRun("b2", caseRun("Refund", "PFFFFFFFFF")));

    assertThat(refund.verdict()).isEqualTo(CaseVerdict.REGRESSED);
    assertThat(refund.baselinePassing()).isEqualTo(new TranscriptExcerpt(2, "Met the criteria.", "user: help Refund\nagent: attempt 2"));
    assertThat(refund.candidateFailing()).isEqualTo(new TranscriptExcerpt(2, "Missed the criteria.", "user: help Refund\nagent: attempt 2"));
  }

  @Test
  void aSignificantDropSmallerThanTheMinimumIsNotARegression() {
    BaselineComparison result = compare(suiteRun("b1", caseRun("Refund", 1000, 1000)),
        suiteRun("b2", caseRun("Refund", 950, 1000)), DEFAULTS);

    assertThat(result.cases().get(0).dropPValue()).isLessThan(1e-10);
    assertThat(result.cases().get(0).verdict()).isEqualTo(CaseVerdict.UNCHANGED);
    assertThat(result.passed()).isTrue();
  }

  @Test
  void aLargeDropOnFewAttemptsIsInsufficientEvidenceWithTheAttemptsNeeded() {
    CaseComparison refund = only(suiteRun("b1", caseRun("Refund", 3, 3)), suiteRun("b2", caseRun("Refund", 2, 3)));

    assertThat(refund.verdict()).isEqualTo(CaseVerdict.INSUFFICIENT_EVIDENCE);
    // a perfect case needs 22 attempts a batch before its interval can rule out a 15-point drop
    assertThat(refund.attemptsNeeded()).hasValue(22);
    assertThat(refund.unstable()).isTrue();
  }

  @Test
  void enoughAgreeingAttemptsShowACaseUnchanged() {
    CaseComparison refund = only(suiteRun("b1", caseRun("Refund", 30, 30)), suiteRun("b2", caseRun("Refund", 30, 30)));

    assertThat(refund.verdict()).isEqualTo(CaseVerdict.UNCHANGED);
    assertThat(refund.dropInterval().upper()).isLessThan(0.15);
    assertThat(refund.attemptsNeeded()).isEmpty();
    assertThat(refund.unstable()).isFalse();
  }

  @Test
  void aLargeSignificantRiseIsAnImprovement() {
    BaselineComparison result = compare(suiteRun("b1", caseRun("Refund", 5, 20)), suiteRun("b2", caseRun("Refund", 19, 20)), DEFAULTS);

    assertThat(result.cases().get(0).verdict()).isEqualTo(CaseVerdict.IMPROVED);
    assertThat(result.passed()).isTrue();
  }

  @Test
  void holmTakesTheNumberOfCasesIntoAccount() {
    // Alone, 10/10 → 5/10 is significant (p = 0.016); among five cases Holm multiplies it by 5.
    assertThat(only(suiteRun("b1", caseRun("A", 10, 10)), suiteRun("b2", caseRun("A", 5, 10))).verdict())
        .isEqualTo(CaseVerdict.REGRESSED);

    BaselineComparison five = compare(
        suiteRun("b1", caseRun("A", 10, 10), caseRun("B", 10, 10), caseRun("C", 10, 10), caseRun("D", 10, 10), caseRun("E", 10, 10)),
        suiteRun("b2", caseRun("A", 5, 10), caseRun("B", 10, 10), caseRun("C", 10, 10), caseRun("D", 10, 10), caseRun("E", 10, 10)),
        DEFAULTS);

    assertThat(five.cases().get(0).dropPValue()).isEqualTo(5 * 0.016253869969040248, within(1e-12));
    assertThat(five.cases().get(0).verdict()).isEqualTo(CaseVerdict.INSUFFICIENT_EVIDENCE);
    assertThat(five.passed()).isTrue();
  }

  @Test
  void theAbsoluteFloorCombinesWithTheStatisticalGate() {
    BaselineComparison result = compare(suiteRun("b1", caseRun("Refund", 30, 30)), suiteRun("b2", caseRun("Refund", 28, 30)),
        DEFAULTS.withMinPassRate(0.95));

    assertThat(result.cases().get(0).verdict()).isNotEqualTo(CaseVerdict.REGRESSED);
    assertThat(result.passed()).isFalse();
    assertThat(result.reasons()).containsExactly("overall pass rate 93.3% is below the minimum of 95.0%");
  }

  @Test
  void newAndMissingCasesAreListedNotCompared() {
    BaselineComparison result = compare(suiteRun("b1", caseRun("Refund", 3, 3), caseRun("Old", 1, 1)),
        suiteRun("b2", caseRun("Refund", 3, 3), caseRun("New", 0, 2)), DEFAULTS);

    assertThat(result.cases()).extracting(CaseComparison::label).containsExactly("Refund");
    assertThat(result.newCases()).containsExactly("New");
    assertThat(result.notRun()).containsExactly("Old");
    assertThat(result.baselineOverall()).isEqualTo(PassRate.of(3, 3));
    assertThat(result.candidateOverall()).isEqualTo(PassRate.of(3, 5));
  }

  @Test
  void unstableCasesAreReportedApartFromRegressions() {
    BaselineComparison result = compare(suiteRun("b1", caseRun("Flaky", "PFPFPFPFPF"), caseRun("Steady", 10, 10)),
        suiteRun("b2", caseRun("Flaky", "FPFPFPFPFP"), caseRun("Steady", 10, 10)), DEFAULTS);

    assertThat(result.unstable()).extracting(CaseComparison::label).containsExactly("Flaky");
    assertThat(result.regressed()).isEmpty();
    assertThat(result.summary()).isEqualTo("PASSED: 0 regressed, 0 improved, 0 unchanged, 2 insufficient evidence"
        + " (1 unstable, 0 new, 0 not run); overall 75.0% → 75.0% at α 0.05, minimum drop 0.15");
  }

  @Test
  void aGateWithNothingToCompareRefusesToPass() {
    assertThatThrownBy(() -> compare(suiteRun("b1", caseRun("Old", 1, 1)), suiteRun("b2", caseRun("New", 1, 1)), DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shares no test case label with the run");
  }

  @Test
  void aBaselineOfAnotherSuiteIsRefused() {
    SuiteRun other = new SuiteRun("other-agent", "b2", Runs.DATE, List.of(caseRun("Refund", 1, 1)));

    assertThatThrownBy(() -> compare(suiteRun("b1", caseRun("Refund", 1, 1)), other, DEFAULTS))
        .hasMessage("the baseline is of suite 'demo-agent' but the run is of suite 'other-agent'");
  }
}
