package ai.sigmamind.suite.report;

import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.StatisticalVerdict;
import ai.sigmamind.suite.SuiteResult.RunResult;
import ai.sigmamind.suite.stats.CaseComparison;
import java.util.List;

/**
 * Renders the results of a run (one or several suites) as Markdown for a CI job summary (e.g.
 * appended to {@code $GITHUB_STEP_SUMMARY}): the combined verdict, the suites that could not run,
 * the target, one table row per suite, each suite's statistical verdict against its baseline (when
 * it has one), and each failure with the judge's remarks.
 *
 * <pre>{@code
 * Files.writeString(Path.of("sigmamind-results/summary.md"), MarkdownSummary.render(results, errors));
 * }</pre>
 */
final class MarkdownSummary {
  private MarkdownSummary() {
  }

  static String render(List<SuiteResult> results, List<String> errors) {
    StringBuilder md = new StringBuilder();
    md.append("## sigmamind suite run: ").append(SuiteRunner.combinedVerdict(results, errors).name()).append("\n\n");
    for (String error : errors) {
      md.append("- Could not run: ").append(cell(error)).append('\n');
    }
    if (!errors.isEmpty()) {
      md.append('\n');
    }
    results.stream().map(SuiteResult::target).distinct()
        .forEach(target -> md.append("Target: **").append(cell(target)).append("**\n\n"));
    md.append("| Suite | Agent | Batch | Runs | Passed | Failed | Not judged | Pass rate | Verdict |\n")
        .append("|---|---|---|--:|--:|--:|--:|--:|---|\n");
    for (SuiteResult result : results) {
      md.append("| ").append(cell(result.suite().name())).append(" | ").append(code(result.suite().agentId()))
          .append(" | ").append(code(result.batchId())).append(" | ").append(result.runs().size()).append(" | ")
          .append(result.passed()).append(" | ").append(result.failed()).append(" | ").append(result.pending())
          .append(" | ").append(SuiteResult.percent(result.passRate())).append(" | ").append(cell(result.verdictLine()))
          .append(" |\n");
    }
    for (SuiteResult result : results) {
      result.statistics().ifPresent(statistics -> baseline(result, statistics, md));
    }
    for (SuiteResult result : results) {
      if (result.failures().isEmpty()) {
        continue;
      }
      md.append("\n### Failures in ").append(cell(result.suite().name())).append("\n\n");
      for (RunResult failure : result.failures()) {
        String remarks = failure.run().remarks();
        md.append("- **").append(cell(failure.label())).append("**, attempt ").append(failure.attempt())
            .append(" (").append(code(failure.run().jobId())).append("): ")
            .append(remarks == null || remarks.isBlank() ? "(no remarks)" : cell(remarks)).append('\n');
      }
    }
    return md.toString();
  }

  private static void baseline(SuiteResult result, StatisticalVerdict statistics, StringBuilder md) {
    md.append("\n### ").append(cell(result.suite().name())).append(" against the baseline: ")
        .append(statistics.comparison().outcome()).append("\n\n")
        .append(cell(statistics.counts())).append(" (").append(code(statistics.baselineFile().toString())).append(")\n\n")
        .append(cell(statistics.confirmationLine())).append("\n\n");
    for (CaseComparison compared : statistics.comparison().cases()) {
      md.append("- **").append(cell(compared.label())).append("**: ").append(cell(StatisticalVerdict.describe(compared)))
          .append(compared.unstable() ? " (unstable: attempts disagree)" : "").append('\n');
    }
  }

  /** A code span (backslashes are literal there, so only the pipe is escaped). */
  private static String code(String text) {
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
  }

  /** One line, with the characters that would break a table cell or start markup escaped. */
  private static String cell(String text) {
    return text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")
        .replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_");
  }
}
