package ai.sigmamind.suite;

import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.CaseComparison;
import ai.sigmamind.suite.stats.CaseConfirmation;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.ConfirmationStage;
import ai.sigmamind.suite.stats.CaseVerdict;
import ai.sigmamind.suite.stats.FlakyCase;
import ai.sigmamind.suite.stats.PassRate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What the {@link BaselineGate} found: the comparison per test case with the baseline, and the
 * cases whose verdict flipped most across the suite's recorded history. Every report renders it.
 *
 * <pre>{@code
 * result.statistics().ifPresent(stats -> stats.comparison().regressed()
 *     .forEach(c -> System.out.println(c.label() + " " + StatisticalVerdict.describe(c))));
 * }</pre>
 *
 * @param baselineFile the baseline the run was compared with
 * @param comparison the comparison
 * @param flakiest the cases whose verdict flipped most between the recorded runs, most first
 */
public record StatisticalVerdict(Path baselineFile, BaselineComparison comparison, List<FlakyCase> flakiest) {
  /**
   * The list, copied.
   *
   * @param baselineFile see {@link #baselineFile()}
   * @param comparison see {@link #comparison()}
   * @param flakiest see {@link #flakiest()}; copied
   */
  public StatisticalVerdict {
    flakiest = List.copyOf(flakiest);
  }

  /**
   * {@code regressed}, {@code improved}, {@code unchanged} or {@code insufficient evidence}.
   *
   * @param verdict a case's verdict against the baseline
   * @return the verdict in lower case words, as the reports print it
   */
  public static String name(CaseVerdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * E.g. {@code regressed: 10/10 (100.0%) → 2/10 (20.0%), adjusted p = 0.0004}; for insufficient evidence, the attempts it needs.
   *
   * @param compared one case's comparison with the baseline
   * @return one line: the verdict, both pass rates and the evidence
   */
  public static String describe(CaseComparison compared) {
    CaseConfirmation second = compared.confirmation();
    if (second != null) {
      return name(compared.verdict()) + (second.regressed() ? " (confirmed)" : "") + ": first batch "
          + rate(compared.baseline()) + " → " + rate(compared.candidate()) + ", " + name(second.firstStage())
          + "; confirmation " + stage(second);
    }
    String counts = rate(compared.baseline()) + " → " + rate(compared.candidate());
    return switch (compared.verdict()) {
      case REGRESSED -> String.format(Locale.ROOT, "regressed: %s, adjusted p = %.4f", counts, compared.dropPValue());
      case IMPROVED -> String.format(Locale.ROOT, "improved: %s, adjusted p = %.4f", counts, compared.gainPValue());
      case UNCHANGED -> "unchanged: " + counts;
      case INSUFFICIENT_EVIDENCE -> "insufficient evidence: " + counts + "; "
          + (compared.attemptsNeeded().isPresent()
              ? "about " + compared.attemptsNeeded().getAsInt() + " attempts per batch would tell"
              : "more than 1000 attempts per batch would be needed to tell");
    };
  }

  /**
   * What the confirmation stage of one case showed, e.g. {@code 0/13 (0.0%), p = 0.0018 ≤ 0.0020: the drop is confirmed}.
   *
   * @param second a case's confirmation stage
   * @return the attempts, the p-value against the stage's critical value, and the conclusion
   */
  public static String stage(CaseConfirmation second) {
    return String.format(Locale.ROOT, "%s, p = %.4f %s %.4f: %s", rate(second.result()), second.pValue(),
        second.pValue() <= second.criticalValue() ? "≤" : ">", second.criticalValue(),
        second.regressed() ? "the drop is confirmed" : "the drop is not confirmed");
  }

  /**
   * One line on the confirmation stage: off, nothing suspect, or which cases were re-run and what it cost.
   *
   * @return e.g. {@code confirmation: 1 suspect case re-run with 13 more attempts in batch batch_…, budget 20;
   *     α 0.05 split 0.0400 first batch + 0.0100 confirmation}
   */
  public String confirmationLine() {
    ConfirmationPolicy policy = comparison.policy();
    if (!policy.enabled()) {
      return "confirmation: off (budget 0); the first batch is judged at the whole α";
    }
    String split = String.format(Locale.ROOT, "; α %s split %.4f first batch + %.4f confirmation",
        comparison.settings().alpha(), comparison.settings().alpha() * (1 - policy.alphaShare()),
        comparison.settings().alpha() * policy.alphaShare());
    ConfirmationStage stage = comparison.confirmation();
    if (stage == null) {
      ConfirmationPlan plan = comparison.confirmationPlan();
      return (plan.suspects().isEmpty() ? "confirmation: no suspect case, no attempt spent"
          : "confirmation: " + plural(plan.suspects().size(), "suspect case") + ", none re-run, no attempt spent")
          + " (budget " + policy.budget() + ")" + split;
    }
    return "confirmation: " + plural(stage.plan().confirmed().size(), "suspect case") + " re-run with "
        + stage.attemptsRun() + " more attempts in batch " + stage.batchId() + " (budget " + policy.budget()
        + ", planned " + stage.plan().totalAttempts() + ")" + split;
  }

  /**
   * The suspect cases of the confirmation stage with why each was, or was not, re-run.
   *
   * @return one entry per suspect case, in the candidate's order; empty without a confirmation stage
   */
  public List<ConfirmationPlan.Suspect> suspects() {
    ConfirmationStage stage = comparison.confirmation();
    return stage != null ? stage.plan().suspects() : comparison.confirmationPlan().suspects();
  }

  /**
   * E.g. {@code 2/4 (50.0%, 95% interval 15.0%–85.0%)}.
   *
   * @param rate the passes and attempts
   * @return the rate with its 95% confidence interval, percentages to one decimal
   */
  public static String withInterval(PassRate rate) {
    PassRate.Interval interval = rate.interval();
    return rate + " (" + percent(rate.rate()) + ", 95% interval " + percent(interval.lower()) + "–"
        + percent(interval.upper()) + ")";
  }

  /**
   * E.g. {@code flipped 3 times in 5 runs, 12/20 (60.0%, 95% interval …) overall}.
   *
   * @param flaky a case from the history's flakiest
   * @return one line: flips, runs, mixed runs and the overall rate
   */
  public static String describe(FlakyCase flaky) {
    return "flipped " + plural(flaky.flips(), "time") + " in " + plural(flaky.runs(), "run") + ", "
        + flaky.mixedRuns() + " with mixed attempts; " + withInterval(flaky.overall()) + " overall";
  }

  /**
   * One line: how many cases fell in each category.
   *
   * @return e.g. {@code 1 regressed, 0 improved, 3 unchanged, 0 insufficient evidence, 0 unstable}
   */
  public String counts() {
    return comparison.regressed().size() + " regressed, " + comparison.withVerdict(CaseVerdict.IMPROVED).size()
        + " improved, " + comparison.withVerdict(CaseVerdict.UNCHANGED).size() + " unchanged, "
        + comparison.withVerdict(CaseVerdict.INSUFFICIENT_EVIDENCE).size() + " insufficient evidence, "
        + comparison.unstable().size() + " unstable";
  }

  /**
   * {@code 81.3%}.
   *
   * @param fraction from 0 to 1
   * @return the percentage to one decimal
   */
  public static String percent(double fraction) {
    return SuiteResult.percent(OptionalDouble.of(fraction));
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String rate(PassRate rate) {
    return rate + " (" + percent(rate.rate()) + ")";
  }
}
