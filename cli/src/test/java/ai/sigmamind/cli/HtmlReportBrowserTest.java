package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.suite.Target;
import com.squareup.moshi.Moshi;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: the README's first command writes it, headless Chromium
 * renders it inside a probe page that measures the rendered DOM (totals, the chart's bar widths,
 * a transcript hidden until opened, no external asset; for a regression against a baseline, the
 * failing transcript beside the passing one), and the test reads the measurements.
 * Chromium comes from the Debian packages ({@code .ci/run} installs it): in CI ({@code CI=true})
 * a missing Chromium fails the test; elsewhere it is skipped, saying why.
 */
class HtmlReportBrowserTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Target.sandboxConfiguration().pace(Duration.ZERO));

  /** The probe page: REPORT is the report's file name, MEASURE a script body that returns the measurements of {@code d}. */
  private static final String PROBE = """
      <!DOCTYPE html><html><body>
      <iframe id="report" src="REPORT" width="1000" height="3000"></iframe>
      <pre id="out">not measured</pre>
      <script>
      document.getElementById('report').addEventListener('load', () => {
        const out = document.getElementById('out');
        try {
          const d = document.getElementById('report').contentDocument;
          const text = id => d.getElementById(id).textContent;
          out.textContent = JSON.stringify((() => { MEASURE })());
        } catch (e) {
          out.textContent = 'error: ' + e;
        }
      });
      </script></body></html>
      """;

  /** The totals, the chart's bars, the first failure's transcript closed and opened. */
  private static final String MEASURE_TOTALS = """
          const transcript = d.querySelector('#failures details.transcript');
          const list = transcript.querySelector('ol');
          const visibleClosed = list.checkVisibility();
          transcript.open = true;
          return {
            verdict: text('verdict'),
            target: text('target'),
            targetKind: d.getElementById('target').dataset.kind,
            totals: {runs: text('total-runs'), passed: text('total-passed'), failed: text('total-failed'),
                passRate: text('total-pass-rate')},
            bars: [...d.querySelectorAll('#pass-rate-chart g.bar')].map(bar => ({
              label: bar.dataset.label,
              rate: Number(bar.dataset.passRate),
              width: bar.querySelector('rect.rate').getBoundingClientRect().width,
              track: bar.querySelector('rect').getBoundingClientRect().width})),
            failures: d.querySelectorAll('#failures article.failure').length,
            remarks: d.querySelector('#failures .remarks').textContent,
            transcriptVisibleClosed: visibleClosed,
            transcriptVisibleOpen: list.checkVisibility(),
            transcriptOpenHeight: list.getBoundingClientRect().height,
            firstMessage: list.querySelector('li').textContent,
            external: d.querySelectorAll('link[href], script, img, iframe, object').length
          };
      """;

  /** Each regressed case's two transcripts: where they sit on the page, their headings, remarks and first lines. */
  private static final String MEASURE_REGRESSION = """
          const side = kind => {
            const block = d.querySelector('#regressed article.regression .' + kind);
            const box = block.getBoundingClientRect();
            return {left: box.left, top: box.top, width: box.width, heading: block.querySelector('h4').textContent,
                remarks: block.querySelector('.remarks').textContent,
                transcript: block.querySelector('pre.excerpt').textContent, visible: block.checkVisibility()};
          };
          return {
            verdict: text('verdict'),
            regressed: [...d.querySelectorAll('#regressed article.regression')].map(a => a.dataset.label),
            baseline: side('baseline-passing'),
            candidate: side('candidate-failing'),
            unstable: [...d.querySelectorAll('#unstable li')].map(li => li.dataset.label),
            verdicts: Object.fromEntries([...d.querySelectorAll('#baseline-cases tr[data-label]')]
                .map(tr => [tr.dataset.label, tr.querySelector('td:nth-child(2)').textContent])),
            external: d.querySelectorAll('link[href], script, img, iframe, object').length
          };
      """;

  @TempDir
  Path directory;

  @Test
  @SuppressWarnings("unchecked")
  void theReportRendersItsTotalsChartAndTranscriptsInChromium() throws Exception {
    String chromium = chromium();
    Path reports = directory.resolve("reports");
    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", SuiteRunCommandTest.EXAMPLE_SUITE.toString(),
        "--report-dir", reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> page = measure(chromium, reports.resolve("demo-agent.html"), MEASURE_TOTALS);

    assertThat(page).containsEntry("verdict", "PASSED").containsEntry("targetKind", "sandbox")
        .containsEntry("failures", 3.0).containsEntry("external", 0.0);
    assertThat((String) page.get("target")).startsWith("embedded sandbox at http://127.0.0.1:");
    assertThat(page.get("totals")).isEqualTo(Map.of("runs", "16", "passed", "13", "failed", "3", "passRate", "81.3%"));
    List<Map<String, Object>> bars = (List<Map<String, Object>>) page.get("bars");
    assertThat(bars).extracting(bar -> bar.get("label")).containsExactly("Cancellation flow", "Refund request",
        "Billing question", "Angry customer", "Email change without verification");
    assertThat(bars).extracting(bar -> bar.get("rate")).containsExactly(1.0, 0.5, 1.0, 1.0, 0.0);
    for (Map<String, Object> bar : bars) {
      double track = (Double) bar.get("track");
      assertThat(track).isGreaterThan(100);
      assertThat((Double) bar.get("width") / track).isCloseTo((Double) bar.get("rate"), within(0.01));
    }
    assertThat((String) page.get("remarks")).startsWith("The agent did not meet the success criteria");
    assertThat(page).containsEntry("transcriptVisibleClosed", false).containsEntry("transcriptVisibleOpen", true);
    assertThat((Double) page.get("transcriptOpenHeight")).isGreaterThan(20);
    assertThat((String) page.get("firstMessage")).startsWith("user");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRegressedCaseShowsItsFailingTranscriptBesideAPassingBaselineOne(@SandboxBaseUrl String baseUrl) throws Exception {
    String chromium = chromium();
    Path suite = Files.writeString(directory.resolve("gate-demo.yaml"), StatisticalGateTest.SUITE);
    Path reports = directory.resolve("reports");
    List<String> run = List.of("suite", "run", suite.toString(), "--report-dir", reports.toString());
    ProgramRun recording = ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl),
        Stream.concat(run.stream(), Stream.of("--record-baseline", "--min-pass-rate", "0")).toArray(String[]::new));
    assertThat(recording.exitCode()).as(recording.err()).isZero();
    Files.writeString(suite, StatisticalGateTest.SUITE.replace("[sandbox:p=0.9]", "[sandbox:p=0.3]"));
    ProgramRun rerun = ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), Stream.concat(run.stream(),
        Stream.of("--baseline", directory.resolve("gate-demo.baseline.yaml").toString())).toArray(String[]::new));
    assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(1);

    Map<String, Object> page = measure(chromium, reports.resolve("gate-demo.html"), MEASURE_REGRESSION);

    assertThat(page).containsEntry("verdict", "FAILED").containsEntry("external", 0.0)
        .containsEntry("regressed", List.of("Refund request"));
    assertThat((Map<String, Object>) page.get("verdicts")).containsEntry("Refund request", "regressed");
    Map<String, Object> baseline = (Map<String, Object>) page.get("baseline");
    Map<String, Object> candidate = (Map<String, Object>) page.get("candidate");
    assertThat(baseline).containsEntry("visible", true);
    assertThat(candidate).containsEntry("visible", true);
    assertThat((Double) baseline.get("top")).as("side by side").isCloseTo((Double) candidate.get("top"), within(1.0));
    assertThat((Double) baseline.get("left") + (Double) baseline.get("width")).isLessThanOrEqualTo((Double) candidate.get("left"));
    assertThat((Double) baseline.get("width")).isGreaterThan(250);
    assertThat((String) baseline.get("heading")).startsWith("Baseline, passing, attempt");
    assertThat((String) candidate.get("heading")).startsWith("Now, failing, attempt");
    assertThat((String) baseline.get("remarks")).startsWith("The agent met the success criteria");
    assertThat((String) candidate.get("remarks")).startsWith("The agent did not meet the success criteria");
    assertThat((String) baseline.get("transcript")).startsWith("user: ");
    assertThat((String) candidate.get("transcript")).startsWith("user: ");
    // The unstable cases are listed apart from the regressed ones.
    assertThat((List<String>) page.get("unstable")).contains("Opening hours");
  }

  /** Renders {@code report} in headless Chromium inside the probe page and returns what {@code measure} returned. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> measure(String chromium, Path report, String measure) throws Exception {
    Path probe = Files.writeString(report.resolveSibling("probe.html"),
        PROBE.replace("REPORT", String.valueOf(report.getFileName())).replace("MEASURE", measure));
    String dom;
    try (ChildProgram browser = ChildProgram.start(new ProcessBuilder(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom",
        probe.toUri().toString()).redirectError(directory.resolve("chromium.log").toFile()))) {
      browser.awaitExit();
      dom = browser.output();
    }
    Matcher out = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(out.find()).as(dom).isTrue();
    String measured = out.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    assertThat(measured).as("the probe's measurements").startsWith("{");
    return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(measured);
  }

  /** Chromium on the PATH; its absence fails the test in CI and skips it elsewhere. */
  static String chromium() {
    Optional<String> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
        .filter(Files::isExecutable).map(Path::toString).findFirst();
    String reason = "Chromium is not installed (apt-get install chromium; .ci/run installs it)";
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(reason + ": in CI the HTML report must be checked in a browser");
    }
    Assumptions.assumeTrue(found.isPresent(), "SKIPPED, not checked in a browser: " + reason);
    return found.orElseThrow();
  }

}
