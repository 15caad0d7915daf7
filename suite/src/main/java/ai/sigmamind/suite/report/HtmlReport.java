package ai.sigmamind.suite.report;

import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.GateVerdict;
import ai.sigmamind.suite.SuiteResult.CaseResult;
import ai.sigmamind.suite.SuiteResult.RunResult;
import ai.sigmamind.sdk.models.ConversationMessage;
import ai.sigmamind.sdk.models.TestRun;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Renders a {@link SuiteResult} as one self-contained HTML page (inline CSS and SVG, no script,
 * no external asset), for a person rather than a log: the verdict and each gate's, the target
 * (with a banner when it is a sandbox), agent, batch and timings, the totals, the pass rate per
 * test case as a bar chart, the comparison with a baseline when there is one ({@link BaselineHtml}),
 * and every failure with the judge's remarks and a collapsible transcript.
 *
 * <pre>{@code
 * Files.writeString(Path.of("sigmamind-results/demo-agent.html"), HtmlReport.render(result));
 * }</pre>
 */
final class HtmlReport {
  private static final int CHART_LABEL_WIDTH = 260;
  private static final int CHART_BAR_WIDTH = 360;
  private static final int CHART_ROW_HEIGHT = 28;

  private static final String STYLE = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
      main{max-width:960px;margin:0 auto;padding:24px}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
      .card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin:12px 0}
      .verdict{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff;font-weight:600;font-size:14px}
      .PASSED{background:#1a7f37}.FAILED{background:#cf222e}.INCOMPLETE{background:#9a6700}
      .sandbox{background:#fff8c5;border-color:#d4a72c}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}dt{color:#57606a}dd{margin:0}
      .totals{display:flex;gap:12px;flex-wrap:wrap}.total{flex:1;min-width:110px;text-align:center}
      .total b{display:block;font-size:24px}.total span{color:#57606a;font-size:13px}
      table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #d0d7de}
      td.n,th.n{text-align:right}
      .failure h3{font-size:15px;margin:0 0 6px}.remarks{margin:0 0 8px}
      details summary{cursor:pointer;color:#0969da}ol.transcript{padding-left:0;list-style:none}
      ol.transcript li{margin:6px 0;padding:6px 10px;border-radius:6px;background:#f6f8fa}
      ol.transcript li.user{background:#ddf4ff}ol.transcript .role{font-weight:600;margin-right:6px}
      ul.gates{margin:8px 0 0;padding-left:20px}.gate-failed{color:#cf222e}
      """;

  private HtmlReport() {
  }

  static String render(SuiteResult result) {
    StringBuilder html = new StringBuilder(16_384);
    String verdict = result.verdict().name();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(result.suite().name())).append(": ").append(verdict).append(" · sigmamind</title>\n")
        .append("<style>").append(STYLE).append(BaselineHtml.STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<h1>Suite ").append(escape(result.suite().name())).append(" <span id=\"verdict\" class=\"verdict ")
        .append(verdict).append("\">").append(verdict).append("</span></h1>\n");
    html.append("<p id=\"verdict-line\">").append(escape(result.verdictLine())).append("</p>\n");
    if (!result.gates().isEmpty()) {
      html.append("<ul class=\"gates\">");
      for (GateVerdict gate : result.gates()) {
        html.append("<li class=\"").append(gate.passed() ? "gate-passed" : "gate-failed").append("\">")
            .append(escape(gate.gate())).append(": ").append(gate.passed() ? "passed" : "failed").append(" (")
            .append(escape(gate.message())).append(")</li>");
      }
      html.append("</ul>\n");
    }
    facts(result, html);
    totals(result, html);
    chart(result, html);
    caseTable(result, html);
    result.statistics().ifPresent(statistics -> BaselineHtml.render(statistics, html));
    failures(result, html);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void facts(SuiteResult result, StringBuilder html) {
    html.append("<section class=\"card").append("sandbox".equals(result.targetKind()) ? " sandbox" : "")
        .append("\" id=\"facts\"><dl class=\"facts\">\n");
    fact(html, "Target", "<span id=\"target\" data-kind=\"" + escape(result.targetKind()) + "\">"
        + escape(result.target()) + "</span>");
    fact(html, "Agent", "<code>" + escape(result.suite().agentId()) + "</code>");
    fact(html, "Batch", "<code id=\"batch\">" + escape(result.batchId()) + "</code>");
    fact(html, "Suite file", "<code>" + escape(result.suite().file().toString()) + "</code>");
    fact(html, "Started", escape(result.started().toString()));
    fact(html, "Finished", escape(result.finished().toString()) + " (took " + ProgressDisplay.clock(result.elapsed()) + ")");
    html.append("</dl></section>\n");
  }

  private static void fact(StringBuilder html, String name, String valueHtml) {
    html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
  }

  private static void totals(SuiteResult result, StringBuilder html) {
    html.append("<section class=\"card totals\" id=\"totals\">");
    total(html, "runs", String.valueOf(result.runs().size()), "runs");
    total(html, "passed", String.valueOf(result.passed()), "passed");
    total(html, "failed", String.valueOf(result.failed()), "failed");
    total(html, "pending", String.valueOf(result.pending()), "not judged");
    total(html, "pass-rate", SuiteResult.percent(result.passRate()), "pass rate");
    html.append("</section>\n");
  }

  private static void total(StringBuilder html, String id, String value, String caption) {
    html.append("<div class=\"total\"><b id=\"total-").append(id).append("\">").append(escape(value))
        .append("</b><span>").append(caption).append("</span></div>");
  }

  private static void chart(SuiteResult result, StringBuilder html) {
    int height = CHART_ROW_HEIGHT * result.cases().size() + 8;
    int width = CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 70;
    html.append("<h2>Pass rate per test case</h2>\n<section class=\"card\">")
        .append("<svg id=\"pass-rate-chart\" role=\"img\" aria-label=\"Pass rate per test case\" width=\"100%\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int y = 4;
    for (CaseResult testCase : result.cases()) {
      OptionalDouble rate = testCase.passRate();
      int barWidth = (int) Math.round(CHART_BAR_WIDTH * rate.orElse(0));
      String color = rate.isEmpty() ? "#9a6700" : rate.getAsDouble() >= 0.999 ? "#1a7f37"
          : rate.getAsDouble() >= 0.5 ? "#bf8700" : "#cf222e";
      html.append("<g class=\"bar\" data-label=\"").append(escape(testCase.label())).append("\" data-pass-rate=\"")
          .append(rate.isPresent() ? String.format(Locale.ROOT, "%.4f", rate.getAsDouble()) : "").append("\">")
          .append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\">")
          .append(escape(shorten(testCase.label()))).append("</text>")
          .append("<rect x=\"").append(CHART_LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(CHART_BAR_WIDTH).append("\" height=\"18\" fill=\"#eaeef2\"/>")
          .append("<rect class=\"rate\" x=\"").append(CHART_LABEL_WIDTH).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(barWidth).append("\" height=\"18\" fill=\"").append(color).append("\"/>")
          .append("<text x=\"").append(CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 8).append("\" y=\"").append(y + 17)
          .append("\" font-size=\"13\">").append(SuiteResult.percent(rate)).append("</text></g>\n");
      y += CHART_ROW_HEIGHT;
    }
    html.append("</svg></section>\n");
  }

  private static void caseTable(SuiteResult result, StringBuilder html) {
    html.append("<h2>Test cases</h2>\n<section class=\"card\"><table id=\"test-cases\">")
        .append("<tr><th>Test case</th><th class=\"n\">Attempts</th><th class=\"n\">Passed</th>")
        .append("<th class=\"n\">Failed</th><th class=\"n\">Not judged</th><th class=\"n\">Pass rate</th></tr>\n");
    for (CaseResult testCase : result.cases()) {
      html.append("<tr><td>").append(escape(testCase.label())).append("</td><td class=\"n\">").append(testCase.runs().size())
          .append("</td><td class=\"n\">").append(testCase.passed()).append("</td><td class=\"n\">").append(testCase.failed())
          .append("</td><td class=\"n\">").append(testCase.pending()).append("</td><td class=\"n\">")
          .append(SuiteResult.percent(testCase.passRate())).append("</td></tr>\n");
    }
    html.append("</table></section>\n");
  }

  private static void failures(SuiteResult result, StringBuilder html) {
    html.append("<h2>Failures (").append(result.failures().size()).append(")</h2>\n<section id=\"failures\">\n");
    if (result.failures().isEmpty()) {
      html.append("<p class=\"card\">No run failed.</p>\n");
    }
    for (RunResult failure : result.failures()) {
      TestRun run = failure.run();
      String remarks = run.remarks();
      html.append("<article class=\"card failure\" id=\"").append(escape(run.jobId())).append("\"><h3>")
          .append(escape(failure.label())).append(", attempt ").append(failure.attempt()).append(" <code>")
          .append(escape(run.jobId())).append("</code></h3>\n<p class=\"remarks\">")
          .append(remarks == null || remarks.isBlank() ? "(no remarks)" : escape(remarks.strip())).append("</p>\n");
      if (run.conversation().isEmpty()) {
        html.append("<p class=\"no-transcript\">The API returned no transcript for this run.</p>\n");
      } else {
        html.append("<details class=\"transcript\"><summary>Transcript (").append(run.conversation().size())
            .append(" messages)</summary><ol class=\"transcript\">\n");
        for (ConversationMessage message : run.conversation()) {
          String role = message.role().value();
          html.append("<li class=\"").append(escape(role)).append("\"><span class=\"role\">").append(escape(role))
              .append("</span>").append(escape(message.content())).append("</li>\n");
        }
        html.append("</ol></details>\n");
      }
      html.append("</article>\n");
    }
    html.append("</section>\n");
  }

  private static String shorten(String label) {
    return label.length() <= 34 ? label : label.substring(0, 33) + "…";
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
