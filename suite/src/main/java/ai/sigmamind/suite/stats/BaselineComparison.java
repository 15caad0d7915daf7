package ai.sigmamind.suite.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
 * System.exit(result.passed() ? 0 : 1);
 * }</pre>
 *
 * @param passed whether the gate passes: no case regressed and the absolute floor, if set, was met
 * @param reasons why it failed, one sentence each; empty when it passed
 * @param cases the cases in both baseline and candidate, in the candidate's order
 * @param newCases labels run but not in the baseline: reported, not compared
 * @param notRun labels in the baseline but not run
 * @param baselineOverall the baseline's passes out of attempts over the compared cases
 * @param candidateOverall the candidate's passes out of attempts over all its cases
 * @param settings the settings the gate used
 * @param policy whether suspect cases are re-run, and α's split between the two stages
 * @param confirmation the confirmation stage, once it ran (with its plan); null for the first
 *     stage alone
 */
public record BaselineComparison(
    boolean passed, List<String> reasons, List<CaseComparison> cases, List<String> newCases,
    List<String> notRun, PassRate baselineOverall, PassRate candidateOverall, GateSettings settings,
    ConfirmationPolicy policy, @Nullable ConfirmationStage confirmation) {

  /**
   * Copies the lists.
   *
   * @param passed see {@link #passed()}
   * @param reasons see {@link #reasons()}; copied
   * @param cases see {@link #cases()}; copied
   * @param newCases see {@link #newCases()}; copied
   * @param notRun see {@link #notRun()}; copied
   * @param baselineOverall see {@link #baselineOverall()}
   * @param candidateOverall see {@link #candidateOverall()}
   * @param settings see {@link #settings()}
   * @param policy see {@link #policy()}
   * @param confirmation see {@link #confirmation()}
   * @throws NullPointerException if a list is null
   */
  public BaselineComparison {
    reasons = List.copyOf(reasons);
    cases = List.copyOf(cases);
    newCases = List.copyOf(newCases);
    notRun = List.copyOf(notRun);
  }

  /**
   * Compares {@code candidate} with {@code baseline}, with no confirmation stage: the whole α for this batch.
   *
   * @param baseline the suite's recorded baseline
   * @param candidate the new run of the same suite
   * @param settings α, minimum drop and optional absolute floor
   * @return the per-case comparisons and the gate's verdict
   * @throws IllegalArgumentException if they are of different suites or share no test case
   */
  public static BaselineComparison compare(Baseline baseline, SuiteRun candidate, GateSettings settings) {
    return compare(baseline, candidate, settings, ConfirmationPolicy.off());
  }

  /**
   * Compares {@code candidate}, the first stage, with {@code baseline}: at α × (1 − the
   * confirmation's share) when confirmation is on, so that α holds over both stages. Its
   * {@link #confirmationPlan()} says which cases to re-run; {@link #confirmedWith} gives the verdict
   * on all the evidence.
   *
   * @param baseline the suite's recorded baseline
   * @param candidate the new run of the same suite
   * @param settings α, minimum drop and optional absolute floor
   * @param policy the confirmation budget and α split
   * @return the per-case comparisons and the first stage's verdict
   * @throws IllegalArgumentException if they are of different suites or share no test case, so
   *     that a gate with nothing to compare can never pass
   */
  public static BaselineComparison compare(Baseline baseline, SuiteRun candidate, GateSettings settings,
      ConfirmationPolicy policy) {
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
    double alpha = policy.firstStageAlpha(settings.alpha());
    for (int i = 0; i < matched.size(); i++) {
      CaseRun run = matched.get(i);
      BaselineCase before = recorded.get(run.label());
      cases.add(classify(before, run, dropAdjusted[i], gainAdjusted[i], alpha, settings));
      baselineOverall = baselineOverall.plus(before.result());
    }
    return judged(cases, newCases, notRun, baselineOverall, candidate.overall(), settings, policy, null);
  }

  static BaselineComparison judged(List<CaseComparison> cases, List<String> newCases, List<String> notRun,
      PassRate baselineOverall, PassRate candidateOverall, GateSettings settings, ConfirmationPolicy policy,
      @Nullable ConfirmationStage confirmation) {
    List<String> reasons = reasons(cases, candidateOverall, settings);
    return new BaselineComparison(reasons.isEmpty(), reasons,
        cases, newCases, notRun, baselineOverall, candidateOverall, settings, policy, confirmation);
  }

  /**
   * Which suspect cases of this first stage to re-run, and with how many attempts.
   *
   * @return the plan; empty when confirmation is off, nothing is suspect, or no suspect case can
   *     be settled within the budget
   */
  public ConfirmationPlan confirmationPlan() {
    return ConfirmationPlanner.plan(this);
  }

  /**
   * The verdict on all the evidence: this first stage and the confirmation batch of {@code plan}.
   *
   * @param plan this stage's {@link #confirmationPlan()}
   * @param batchId the confirmation batch
   * @param confirmation the confirmation batch's judged attempts, of the planned cases
   * @return a comparison whose re-run cases carry their {@link CaseConfirmation}
   */
  public BaselineComparison confirmedWith(ConfirmationPlan plan, String batchId, SuiteRun confirmation) {
    return ConfirmationPlanner.confirm(this, plan, batchId, confirmation);
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
   * The gate's outcome as reports print it.
   *
   * @return {@code PASSED} or {@code FAILED}
   */
  public String outcome() {
    return passed ? "PASSED" : "FAILED";
  }

  /**
   * One line for a log: the outcome and how many cases fell in each category.
   *
   * @return one line, without a line break
   */
  public String summary() {
    return String.format(Locale.ROOT, "%s: %d regressed, %d improved, %d unchanged, %d insufficient evidence"
            + " (%d unstable, %d new, %d not run); overall %s → %s at α %s, minimum drop %s",
        outcome(), regressed().size(), withVerdict(CaseVerdict.IMPROVED).size(), withVerdict(CaseVerdict.UNCHANGED).size(),
        withVerdict(CaseVerdict.INSUFFICIENT_EVIDENCE).size(), unstable().size(), newCases.size(), notRun.size(),
        Percent.of(baselineOverall.rate()), Percent.of(candidateOverall.rate()), settings.alpha(), settings.minDrop());
  }

  private static CaseComparison classify(BaselineCase before, CaseRun run, double dropP, double gainP, double alpha,
      GateSettings settings) {
    PassRate baseline = before.result();
    PassRate candidate = run.result();
    double minDrop = settings.minDrop();
    PassRate.Interval dropInterval = DropInterval.of(baseline, candidate);
    CaseVerdict verdict;
    if (dropP <= alpha && GateRule.dropAtLeast(baseline.rate(), candidate.rate(), minDrop)) {
      verdict = CaseVerdict.REGRESSED;
    } else if (gainP <= alpha && GateRule.dropAtLeast(candidate.rate(), baseline.rate(), minDrop)) {
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
        run.firstFailing().map(TranscriptExcerpt::of).orElse(null), null);
  }

  private static List<String> reasons(List<CaseComparison> cases, PassRate overall, GateSettings settings) {
    List<String> reasons = new ArrayList<>();
    for (CaseComparison compared : cases) {
      CaseConfirmation second = compared.confirmation();
      if (second != null && second.regressed()) {
        reasons.add(String.format(Locale.ROOT, "'%s' regressed, confirmed by re-running it: %s → %s, then %s in %d more"
                + " attempts (%s → %s over both batches), p = %.4f ≤ %.4f",
            compared.label(), compared.baseline(), compared.candidate(), second.result(), second.result().attempts(),
            Percent.of(compared.baseline().rate()), Percent.of(compared.candidateOverall().rate()), second.pValue(),
            second.criticalValue()));
      } else if (compared.verdict() == CaseVerdict.REGRESSED) {
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
