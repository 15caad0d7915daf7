package ai.sigmamind.suite.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A candidate batch against the suite's baseline: one {@link CaseComparison} per test case in
 * both, and the gate's verdict. Render it as a table, JSON, JUnit or HTML; the statistics are done.
 *
 * <p>Per case, a one-sided Fisher exact test asks how likely a fall at least this large would be
 * if the agent had not changed; Holm's correction keeps the chance of flagging any case of an
 * unchanged suite at most α. A case regressed when that corrected p-value is at most α <em>and</em>
 * its pass rate fell by at least the minimum drop. The gate fails when a case regressed, or when
 * the settings have an absolute floor and the candidate's overall pass rate is below it.
 *
 * <pre>{@code
 * BaselineComparison result = BaselineComparison.compare(BaselineFile.read(path), candidateRun, GateSettings.defaults());
 * result.regressed().forEach(c -> System.out.println(c.label() + " " + c.baseline() + " → " + c.candidate()));
 * System.exit(result.verdict() == GateVerdict.PASSED ? 0 : 1);
 * }</pre>
 *
 * @param verdict the gate's outcome
 * @param reasons why it failed, one sentence each; empty when it passed
 * @param cases the cases in both baseline and candidate, in the candidate's order
 * @param newCases labels run but not in the baseline: reported, not compared
 * @param notRun labels in the baseline but not run
 * @param baselineOverall the baseline's passes out of attempts over the compared cases
 * @param candidateOverall the candidate's passes out of attempts over all its cases
 * @param settings the settings the gate used
 */
public record BaselineComparison(
    GateVerdict verdict, List<String> reasons, List<CaseComparison> cases, List<String> newCases,
    List<String> notRun, PassRate baselineOverall, PassRate candidateOverall, GateSettings settings) {

  /**
   * Copies the lists.
   *
   * @param verdict see {@link #verdict()}
   * @param reasons see {@link #reasons()}; copied
   * @param cases see {@link #cases()}; copied
   * @param newCases see {@link #newCases()}; copied
   * @param notRun see {@link #notRun()}; copied
   * @param baselineOverall see {@link #baselineOverall()}
   * @param candidateOverall see {@link #candidateOverall()}
   * @param settings see {@link #settings()}
   * @throws NullPointerException if a list is null
   */
  public BaselineComparison {
    reasons = List.copyOf(reasons);
    cases = List.copyOf(cases);
    newCases = List.copyOf(newCases);
    notRun = List.copyOf(notRun);
  }

  /**
   * Compares {@code candidate} with {@code baseline}.
   *
   * @param baseline the suite's recorded baseline
   * @param candidate the new run of the same suite
   * @param settings α, minimum drop and optional absolute floor
   * @return the per-case comparisons and the gate's verdict
   * @throws IllegalArgumentException if they are of different suites or share no test case, so
   *     that a gate with nothing to compare can never pass
   */
  public static BaselineComparison compare(Baseline baseline, SuiteRun candidate, GateSettings settings) {
    baseline.requireSameSuite(candidate);
    Map<String, BaselineCase> recorded = baseline.cases().stream()
        .collect(Collectors.toMap(BaselineCase::label, Function.identity()));
    List<CaseRun> matched = new ArrayList<>();
    List<String> newCases = new ArrayList<>();
    for (CaseRun run : candidate.cases()) {
      if (recorded.containsKey(run.label())) {
        matched.add(run);
      } else {
        newCases.add(run.label());
      }
    }
    if (matched.isEmpty()) {
      throw new IllegalArgumentException("the baseline of suite '" + baseline.suite()
          + "' shares no test case label with the run, so there is nothing to compare; re-record it");
    }
    List<String> notRun = baseline.cases().stream().map(BaselineCase::label)
        .filter(label -> matched.stream().noneMatch(run -> run.label().equals(label))).toList();

    double[] dropPValues = new double[matched.size()];
    double[] gainPValues = new double[matched.size()];
    for (int i = 0; i < matched.size(); i++) {
      PassRate before = recorded.get(matched.get(i).label()).result();
      dropPValues[i] = FisherExact.dropPValue(before, matched.get(i).result());
      gainPValues[i] = FisherExact.gainPValue(before, matched.get(i).result());
    }
    double[] dropAdjusted = Holm.adjust(dropPValues);
    double[] gainAdjusted = Holm.adjust(gainPValues);

    List<CaseComparison> cases = new ArrayList<>();
    PassRate baselineOverall = PassRate.of(0, 0);
    for (int i = 0; i < matched.size(); i++) {
      CaseRun run = matched.get(i);
      BaselineCase before = recorded.get(run.label());
      cases.add(classify(before, run, dropAdjusted[i], gainAdjusted[i], settings));
      baselineOverall = baselineOverall.plus(before.result());
    }
    PassRate candidateOverall = candidate.overall();
    List<String> reasons = reasons(cases, candidateOverall, settings);
    return new BaselineComparison(reasons.isEmpty() ? GateVerdict.PASSED : GateVerdict.FAILED, reasons,
        cases, newCases, notRun, baselineOverall, candidateOverall, settings);
  }

  /**
   * The cases that regressed: what fails the gate.
   *
   * @return the regressed cases, in the candidate's order
   */
  public List<CaseComparison> regressed() {
    return withVerdict(CaseVerdict.REGRESSED);
  }

  /**
   * The cases whose attempts disagreed: unstable, whether or not the agent got worse.
   *
   * @return the unstable cases, in the candidate's order
   */
  public List<CaseComparison> unstable() {
    return cases.stream().filter(CaseComparison::unstable).toList();
  }

  /**
   * The cases with this verdict.
   *
   * @param verdict the verdict to select
   * @return the matching cases, in the candidate's order
   */
  public List<CaseComparison> withVerdict(CaseVerdict verdict) {
    return cases.stream().filter(compared -> compared.verdict() == verdict).toList();
  }

  /**
   * One line for a log: the verdict and how many cases fell in each category.
   *
   * @return one line, without a line break
   */
  public String summary() {
    return String.format(Locale.ROOT, "%s: %d regressed, %d improved, %d unchanged, %d insufficient evidence"
            + " (%d unstable, %d new, %d not run); overall %s → %s at α %s, minimum drop %s",
        verdict, regressed().size(), withVerdict(CaseVerdict.IMPROVED).size(), withVerdict(CaseVerdict.UNCHANGED).size(),
        withVerdict(CaseVerdict.INSUFFICIENT_EVIDENCE).size(), unstable().size(), newCases.size(), notRun.size(),
        Percent.of(baselineOverall.rate()), Percent.of(candidateOverall.rate()), settings.alpha(), settings.minDrop());
  }

  private static CaseComparison classify(BaselineCase before, CaseRun run, double dropP, double gainP,
      GateSettings settings) {
    PassRate baseline = before.result();
    PassRate candidate = run.result();
    double minDrop = settings.minDrop();
    PassRate.Interval dropInterval = DropInterval.of(baseline, candidate);
    CaseVerdict verdict;
    if (dropP <= settings.alpha() && GateRule.dropAtLeast(baseline.rate(), candidate.rate(), minDrop)) {
      verdict = CaseVerdict.REGRESSED;
    } else if (gainP <= settings.alpha() && GateRule.dropAtLeast(candidate.rate(), baseline.rate(), minDrop)) {
      verdict = CaseVerdict.IMPROVED;
    } else if (dropInterval.upper() < minDrop) {
      verdict = CaseVerdict.UNCHANGED;
    } else {
      verdict = CaseVerdict.INSUFFICIENT_EVIDENCE;
    }
    // With no judged baseline attempt the rate is unknown: plan for the hardest one.
    double[] baselineRates = baseline.attempts() == 0 ? AttemptPlanner.anyRate(0) : new double[] {baseline.rate()};
    OptionalInt attemptsNeeded = verdict == CaseVerdict.INSUFFICIENT_EVIDENCE
        ? DropInterval.attemptsToRuleOut(baselineRates, minDrop, settings.power())
        : OptionalInt.empty();
    return new CaseComparison(run.label(), verdict, baseline, candidate, dropP, gainP, dropInterval, attemptsNeeded,
        baseline.mixed() || candidate.mixed(), before.passing(),
        run.firstFailing().map(TranscriptExcerpt::of).orElse(null));
  }

  private static List<String> reasons(List<CaseComparison> cases, PassRate overall, GateSettings settings) {
    List<String> reasons = new ArrayList<>();
    for (CaseComparison compared : cases) {
      if (compared.verdict() == CaseVerdict.REGRESSED) {
        reasons.add(String.format(Locale.ROOT, "'%s' regressed: %s → %s passed (%s → %s), adjusted p = %.4f",
            compared.label(), compared.baseline(), compared.candidate(), Percent.of(compared.baseline().rate()),
            Percent.of(compared.candidate().rate()), compared.dropPValue()));
      }
    }
    if (settings.minPassRate().isPresent() && overall.rate() < settings.minPassRate().getAsDouble()) {
      reasons.add("overall pass rate " + Percent.of(overall.rate()) + " is below the minimum of "
          + Percent.of(settings.minPassRate().getAsDouble()));
    }
    return reasons;
  }
}
