package ai.sigmamind.suite.report;

import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.SuiteRunner;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.SuiteCase;
import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.StatisticalVerdict;
import ai.sigmamind.suite.stats.CaseComparison;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A suite run's results where GitHub Actions shows them: the Markdown summary appended to the file
 * named by {@code $GITHUB_STEP_SUMMARY}, and one workflow-command annotation per case that regressed
 * against its baseline or had a failed run, at that case's line in its suite file ({@code ::error}
 * when the suite failed, {@code ::warning} when it passed anyway), plus one per suite that could not
 * run or did not complete. Active only when {@code GITHUB_ACTIONS=true}, as the runner sets it.
 *
 * <pre>{@code
 * GitHubActions.detect(System::getenv).ifPresent(github -> github.report(outcome, System.out));
 * // ::error file=suites/agent.yaml,line=12,title=agent-suite: Refund::2 of 2 runs failed (pass rate 0.0%)
 * }</pre>
 */
public final class GitHubActions {
  private final @Nullable Path stepSummary;
  private final @Nullable Path workspace;

  private GitHubActions(@Nullable Path stepSummary, @Nullable Path workspace) {
    this.stepSummary = stepSummary;
    this.workspace = workspace;
  }

  /**
   * The GitHub Actions output, when the environment says the run is in a GitHub Actions job.
   *
   * @param environment environment variables by name: {@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}
   *     and {@code GITHUB_WORKSPACE} (annotated paths are made relative to it) are read
   * @return present only when {@code GITHUB_ACTIONS} is {@code true}
   */
  public static Optional<GitHubActions> detect(Function<String, @Nullable String> environment) {
    if (!"true".equals(environment.apply("GITHUB_ACTIONS"))) {
      return Optional.empty();
    }
    return Optional.of(new GitHubActions(path(environment.apply("GITHUB_STEP_SUMMARY")),
        path(environment.apply("GITHUB_WORKSPACE"))));
  }

  /**
   * Appends the summary to the step summary file and prints the annotations to {@code out}, where
   * the runner reads workflow commands.
   *
   * @param outcome the run's outcome
   * @param out the standard output of the step
   * @throws UsageException if the step summary file cannot be appended to
   */
  public void report(SuiteRunner.Outcome outcome, PrintStream out) {
    annotations(outcome.results(), outcome.errors()).forEach(out::println);
    if (stepSummary == null) {
      out.println("::warning::GITHUB_STEP_SUMMARY is not set, so the summary is only in the report directory");
      return;
    }
    try {
      Files.writeString(stepSummary, MarkdownSummary.render(outcome.results(), outcome.errors()) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UsageException("Cannot append the summary to $GITHUB_STEP_SUMMARY (" + stepSummary + "): " + e, e);
    }
  }

  /** The workflow commands for the results and the suites that could not run, in suite order. */
  List<String> annotations(List<SuiteResult> results, List<String> errors) {
    List<String> commands = new ArrayList<>();
    for (SuiteResult result : results) {
      String level = result.verdict() == SuiteResult.Verdict.PASSED ? "warning" : "error";
      String file = relative(result.suite().file());
      if (result.incomplete() != null) {
        commands.add(command("error", file, 0, result.suite().name(), "incomplete: " + result.incomplete()));
      }
      List<String> regressed = new ArrayList<>();
      result.statistics().ifPresent(statistics -> {
        for (CaseComparison compared : statistics.comparison().regressed()) {
          regressed.add(compared.label());
          commands.add(command("error", file, line(result.suite(), compared.label()),
              result.suite().name() + ": " + compared.label(), StatisticalVerdict.describe(compared)));
        }
      });
      for (SuiteResult.CaseResult testCase : result.cases()) {
        if (testCase.failed() > 0 && !regressed.contains(testCase.label())) {
          commands.add(command(level, file, line(result.suite(), testCase.label()),
              result.suite().name() + ": " + testCase.label(), testCase.failed() + " of " + testCase.runs().size()
                  + " runs failed (pass rate " + SuiteResult.percent(testCase.passRate()) + ")"));
        }
      }
    }
    errors.forEach(error -> commands.add("::error title=" + property("sigmamind") + "::" + data("could not run: " + error)));
    return commands;
  }

  private static int line(Suite suite, String label) {
    return suite.testCases().stream().filter(testCase -> testCase.label().equals(label))
        .mapToInt(SuiteCase::line).findFirst().orElse(0);
  }

  private String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (workspace != null && absolute.startsWith(workspace) ? workspace.relativize(absolute) : file.normalize())
        .toString().replace('\\', '/');
  }

  private static String command(String level, String file, int line, String title, String message) {
    return "::" + level + " file=" + property(file) + (line > 0 ? ",line=" + line : "") + ",title=" + property(title)
        + "::" + data(message);
  }

  /** Escapes a command's message as the runner decodes it. */
  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command's property value, where {@code :} and {@code ,} separate too. */
  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  private static @Nullable Path path(@Nullable String value) {
    return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath().normalize();
  }
}
