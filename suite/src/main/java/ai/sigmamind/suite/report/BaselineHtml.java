package ai.sigmamind.suite.report;

import ai.sigmamind.suite.StatisticalVerdict;
import static ai.sigmamind.suite.report.HtmlReport.escape;

import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.CaseComparison;
import ai.sigmamind.suite.stats.CaseConfirmation;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import ai.sigmamind.suite.stats.FlakyCase;
import ai.sigmamind.suite.stats.TranscriptExcerpt;
import org.jspecify.annotations.Nullable;

/**
 * The {@link HtmlReport}'s part for a run judged against a baseline: every compared case with its
 * verdict; under "The agent got worse", each regressed case's failing candidate transcript beside a
 * passing baseline one, with the judge's remarks for both; and apart from that, under "Unstable
 * cases", the cases whose attempts disagree (with 95 % intervals) and the flakiest of the history.
 *
 * <pre>{@code
 * result.statistics().ifPresent(statistics -> BaselineHtml.render(statistics, html));
 * }</pre>
 */
final class BaselineHtml {
  /** The CSS this part needs, added to the report's style sheet. */
  static final String STYLE = """
      .side-by-side{display:grid;grid-template-columns:1fr 1fr;gap:12px}
      .side-by-side>div{border:1px solid #d0d7de;border-radius:6px;padding:8px 10px;min-width:0}
      .side-by-side h4{margin:0 0 6px;font-size:14px}.baseline-passing h4{color:#1a7f37}.candidate-failing h4{color:#cf222e}
      pre.excerpt{white-space:pre-wrap;word-break:break-word;font-size:13px;background:#f6f8fa;padding:6px;margin:0}
      td.REGRESSED{color:#cf222e;font-weight:600}td.IMPROVED{color:#1a7f37}td.INSUFFICIENT_EVIDENCE{color:#9a6700}
      """;

  private BaselineHtml() {
  }

  static void render(StatisticalVerdict statistics, StringBuilder html) {
    BaselineComparison comparison = statistics.comparison();
    html.append("<h2>Against the baseline</h2>\n<section class=\"card\" id=\"baseline\"><p>")
        .append(escape(statistics.baselineFile().toString())).append(": ").append(escape(statistics.counts()))
        .append(" (α ").append(comparison.settings().alpha()).append(", minimum drop ")
        .append(StatisticalVerdict.percent(comparison.settings().minDrop())).append(")</p>\n<table id=\"baseline-cases\">")
        .append("<tr><th>Test case</th><th>Verdict</th><th>Baseline → candidate</th></tr>\n");
    for (CaseComparison compared : comparison.cases()) {
      html.append("<tr data-label=\"").append(escape(compared.label())).append("\"><td>").append(escape(compared.label()))
          .append("</td><td class=\"").append(compared.verdict().name()).append("\">")
          .append(StatisticalVerdict.name(compared.verdict())).append("</td><td>")
          .append(escape(StatisticalVerdict.describe(compared))).append("</td></tr>\n");
    }
    html.append("</table></section>\n");
    confirmation(statistics, html);

    html.append("<h2>The agent got worse (").append(comparison.regressed().size()).append(")</h2>\n<section id=\"regressed\">\n");
    if (comparison.regressed().isEmpty()) {
      html.append("<p class=\"card\">No test case regressed significantly.</p>\n");
    }
    for (CaseComparison compared : comparison.regressed()) {
      html.append("<article class=\"card regression\" data-label=\"").append(escape(compared.label())).append("\"><h3>")
          .append(escape(compared.label())).append("</h3>\n<p>").append(escape(StatisticalVerdict.describe(compared)))
          .append("</p>\n<div class=\"side-by-side\">");
      excerpt(html, "baseline-passing", "Baseline, passing", compared.baselinePassing());
      excerpt(html, "candidate-failing", "Now, failing", compared.candidateFailing());
      html.append("</div></article>\n");
    }
    html.append("</section>\n");

    html.append("<h2>Unstable cases</h2>\n<section class=\"card\" id=\"unstable\"><p>Their attempts disagree: the judge or the "
        + "agent is not deterministic on them, whether or not the agent got worse.</p>\n<ul>");
    for (CaseComparison compared : comparison.unstable()) {
      html.append("<li data-label=\"").append(escape(compared.label())).append("\">").append(escape(compared.label()))
          .append(": baseline ").append(escape(StatisticalVerdict.withInterval(compared.baseline()))).append(", now ")
          .append(escape(StatisticalVerdict.withInterval(compared.candidate()))).append("</li>");
    }
    html.append("</ul>\n");
    if (!statistics.flakiest().isEmpty()) {
      html.append("<p>Flakiest in the recorded history:</p>\n<ul id=\"flakiest\">");
      for (FlakyCase flaky : statistics.flakiest()) {
        html.append("<li>").append(escape(flaky.label())).append(": ").append(escape(StatisticalVerdict.describe(flaky)))
            .append("</li>");
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  /** Which cases were re-run and why, what each stage concluded, and what it cost. */
  private static void confirmation(StatisticalVerdict statistics, StringBuilder html) {
    html.append("<h2>Confirmation runs</h2>\n<section class=\"card\" id=\"confirmation\"><p>")
        .append(escape(statistics.confirmationLine())).append("</p>\n");
    if (!statistics.suspects().isEmpty()) {
      html.append("<table id=\"confirmation-cases\"><tr><th>Test case</th><th>Why re-run</th><th>Attempts</th>"
          + "<th>First batch</th><th>Confirmation</th></tr>\n");
      for (ConfirmationPlan.Suspect suspect : statistics.suspects()) {
        CaseComparison compared = statistics.comparison().cases().stream()
            .filter(c -> c.label().equals(suspect.label())).findFirst().orElseThrow();
        CaseConfirmation second = compared.confirmation();
        html.append("<tr data-label=\"").append(escape(suspect.label())).append("\"><td>").append(escape(suspect.label()))
            .append("</td><td>").append(escape(suspect.reason())).append("</td><td>").append(suspect.attempts())
            .append("</td><td>").append(escape(compared.baseline() + " → " + compared.candidate() + ", "
                + StatisticalVerdict.name(second == null ? compared.verdict() : second.firstStage())))
            .append("</td><td class=\"").append(second != null && second.regressed() ? "REGRESSED" : "")
            .append("\">").append(second == null ? "not re-run" : escape(StatisticalVerdict.stage(second)))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private static void excerpt(StringBuilder html, String kind, String title, @Nullable TranscriptExcerpt excerpt) {
    html.append("<div class=\"").append(kind).append("\"><h4>").append(title);
    if (excerpt == null) {
      html.append("</h4><p>None recorded.</p></div>");
      return;
    }
    html.append(", attempt ").append(excerpt.attempt()).append("</h4><p class=\"remarks\">")
        .append(excerpt.remarks().isBlank() ? "(no remarks)" : escape(excerpt.remarks())).append("</p><pre class=\"excerpt\">")
        .append(escape(excerpt.transcript().isEmpty() ? "(no transcript)" : excerpt.transcript())).append("</pre></div>");
  }
}
