package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.squareup.moshi.Moshi;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: the README's first command writes it, headless Chromium
 * renders it inside a probe page that measures the rendered DOM (totals, the chart's bar widths,
 * a transcript hidden until opened, no external asset), and the test reads the measurements.
 * Chromium comes from the Debian packages ({@code .ci/run} installs it): in CI ({@code CI=true})
 * a missing Chromium fails the test; elsewhere it is skipped, saying why.
 */
class HtmlReportBrowserTest {
  private static final String PROBE = """
      <!DOCTYPE html><html><body>
      <iframe id="report" src="demo-agent.html" width="1000" height="3000"></iframe>
      <pre id="out">not measured</pre>
      <script>
      document.getElementById('report').addEventListener('load', () => {
        const out = document.getElementById('out');
        try {
          const d = document.getElementById('report').contentDocument;
          const text = id => d.getElementById(id).textContent;
          const transcript = d.querySelector('#failures details.transcript');
          const list = transcript.querySelector('ol');
          const visibleClosed = list.checkVisibility();
          transcript.open = true;
          out.textContent = JSON.stringify({
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
          });
        } catch (e) {
          out.textContent = 'error: ' + e;
        }
      });
      </script></body></html>
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
    Path probe = Files.writeString(reports.resolve("probe.html"), PROBE);

    Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString())
        .redirectError(directory.resolve("chromium.log").toFile())
        .start();
    String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(browser.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Matcher out = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(out.find()).as(dom).isTrue();
    String measured = out.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    assertThat(measured).as("the probe's measurements").startsWith("{");
    Map<String, Object> page = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(measured);

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
