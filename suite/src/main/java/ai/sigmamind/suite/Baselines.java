package ai.sigmamind.suite;

import ai.sigmamind.suite.report.ReportFiles;
import ai.sigmamind.suite.SuiteResult.RunResult;
import ai.sigmamind.suite.stats.Attempt;
import ai.sigmamind.suite.stats.Baseline;
import ai.sigmamind.suite.stats.BaselineFile;
import ai.sigmamind.suite.stats.CaseRun;
import ai.sigmamind.suite.stats.RunHistory;
import ai.sigmamind.suite.stats.SuiteRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a suite's baseline and history live, and recording them from a run: the glue between the
 * runner's {@link SuiteResult} and the statistics of {@link ai.sigmamind.suite.stats}. The baseline
 * of {@code suites/demo-agent.yaml} is {@code suites/demo-agent.baseline.yaml}, its history
 * {@code suites/demo-agent.history.jsonl}: files to commit beside the suite.
 *
 * <pre>{@code
 * Baselines.checkRecordable(suite);             // before any request
 * List<Path> written = Baselines.record(result);  // after the run: baseline updated, history appended
 * }</pre>
 */
public final class Baselines {
  private static final String BASELINE_SUFFIX = ".baseline.yaml";
  private static final String HISTORY_SUFFIX = ".history.jsonl";

  private Baselines() {
  }

  /**
   * The baseline file beside {@code suiteFile}: {@code demo-agent.yaml} → {@code demo-agent.baseline.yaml}.
   *
   * @param suiteFile the suite's YAML file; a name ending in neither {@code .yaml} nor {@code .yml} keeps its
   *     extension
   * @return a sibling path; whether it exists is not checked
   */
  public static Path baselineBeside(Path suiteFile) {
    String name = String.valueOf(suiteFile.getFileName());
    String stem = name.replaceFirst("\\.ya?ml$", "");
    return suiteFile.resolveSibling(stem + BASELINE_SUFFIX);
  }

  /**
   * The history beside {@code baselineFile}: {@code demo-agent.baseline.yaml} → {@code demo-agent.history.jsonl}.
   *
   * @param baselineFile the baseline file; a name without {@code .baseline.yaml} gets {@code .history.jsonl}
   *     appended
   * @return a sibling path; whether it exists is not checked
   */
  public static Path historyBeside(Path baselineFile) {
    String name = String.valueOf(baselineFile.getFileName());
    String stem = name.endsWith(BASELINE_SUFFIX) ? name.substring(0, name.length() - BASELINE_SUFFIX.length()) : name;
    return baselineFile.resolveSibling(stem + HISTORY_SUFFIX);
  }

  /**
   * The baseline in {@code file}.
   *
   * @param file the baseline file, as named by {@link #baselineBeside}
   * @return the baseline as recorded
   * @throws UsageException if it is missing, unreadable or malformed, naming the file (and line)
   */
  public static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("No baseline file " + file + " (record one with suite run --record-baseline)");
    }
    try {
      return BaselineFile.read(file);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("Cannot use the baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The history in {@code file}, empty when there is none yet.
   *
   * @param file the history file, as named by {@link #historyBeside}
   * @return the recorded runs, oldest first; none for a missing file
   * @throws UsageException if it cannot be read or is malformed
   */
  public static RunHistory readHistory(Path file) {
    try {
      return RunHistory.read(file);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("Cannot use the run history " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks, before any request, that {@code baseline} can judge {@code suite}: it is the same suite
   * and shares a test case label with it, so the gate has something to compare.
   *
   * @param baseline the baseline the gate would judge by
   * @param baselineFile where {@code baseline} was read from, for the message
   * @param suite the suite about to run
   * @throws UsageException naming the mismatch
   */
  public static void checkMatches(Baseline baseline, Path baselineFile, Suite suite) {
    if (!baseline.suite().equals(suite.name())) {
      throw new UsageException("The baseline " + baselineFile + " is of suite '" + baseline.suite() + "', not of suite '"
          + suite.name() + "' (" + suite.file() + ")");
    }
    boolean shared = suite.testCases().stream().anyMatch(testCase -> baseline.find(testCase.label()).isPresent());
    if (!shared) {
      throw new UsageException("The baseline " + baselineFile + " shares no test case label with " + suite.file()
          + "; re-record it with --record-baseline");
    }
  }

  /**
   * Checks, before any request, that the baseline and history beside {@code suite} can be
   * recorded: an existing baseline must be readable and of this suite (it is updated, not
   * replaced), and both files writable.
   *
   * @param suite the suite about to run with the baseline recorded
   * @throws UsageException naming the problem
   */
  public static void checkRecordable(Suite suite) {
    Path baselineFile = baselineBeside(suite.file());
    if (Files.exists(baselineFile)) {
      Baseline existing = read(baselineFile);
      if (!existing.suite().equals(suite.name())) {
        throw new UsageException("The baseline " + baselineFile + " is of suite '" + existing.suite()
            + "', not of suite '" + suite.name() + "'; move it away to record a new one");
      }
    }
    ReportFiles.checkWritable(baselineFile, "the baseline");
    checkHistory(baselineFile);
  }

  /**
   * Checks, before any request, that the history beside {@code baselineFile} is well formed and
   * can be appended to.
   *
   * @param baselineFile the baseline file whose history would be appended to
   * @throws UsageException naming the problem
   */
  public static void checkHistory(Path baselineFile) {
    Path history = historyBeside(baselineFile);
    readHistory(history);
    ReportFiles.checkWritable(history, "the run history");
  }

  /**
   * Records a complete run as the suite's baseline (updating the cases it ran, keeping the others)
   * and appends it to the history.
   *
   * @param result the finished run of a suite read from a file
   * @return the files written; empty for an incomplete run, which is never recorded
   * @throws UsageException if a file cannot be read or written
   */
  public static List<Path> record(SuiteResult result) {
    if (result.incomplete() != null) {
      return List.of();
    }
    Path baselineFile = baselineBeside(result.suite().file());
    SuiteRun run = suiteRun(result);
    Baseline baseline = Files.exists(baselineFile) ? read(baselineFile).updatedWith(run) : Baseline.record(run);
    try {
      BaselineFile.write(baselineFile, baseline);
    } catch (IOException e) {
      throw new UsageException("Cannot write the baseline " + baselineFile + ": " + e.getMessage(), e);
    }
    return List.of(baselineFile, appendHistory(baselineFile, result).orElseThrow());
  }

  /**
   * Appends a complete run to the history beside {@code baselineFile}.
   *
   * @param baselineFile the baseline file whose history to append to; the baseline itself is not changed
   * @param result the finished run
   * @return the history file; empty for an incomplete run, which is not appended
   * @throws UsageException if it cannot be written
   */
  public static Optional<Path> appendHistory(Path baselineFile, SuiteResult result) {
    if (result.incomplete() != null) {
      return Optional.empty();
    }
    Path history = historyBeside(baselineFile);
    try {
      RunHistory.append(history, suiteRun(result));
    } catch (IOException e) {
      throw new UsageException("Cannot append to the run history " + history + ": " + e.getMessage(), e);
    }
    return Optional.of(history);
  }

  /**
   * What every door does after a run: records the baselines asked for, or adds a gated run to the
   * history beside its baseline.
   *
   * @param outcome the finished runs
   * @param record whether to record each complete run as its suite's baseline
   * @param baselineFile the baseline the runs were gated on, whose history they join; null for none
   * @return one line per suite for the log: what was written, or why a baseline was not recorded
   * @throws UsageException if a file cannot be read or written
   */
  public static List<String> keep(SuiteRunner.Outcome outcome, boolean record, @Nullable Path baselineFile) {
    List<String> lines = new ArrayList<>();
    for (SuiteResult result : outcome.results()) {
      List<Path> written = record ? record(result)
          : baselineFile != null ? appendHistory(baselineFile, result).stream().toList() : List.of();
      if (!written.isEmpty()) {
        lines.add((record ? "Recorded the baseline: " : "Added the run to the history: ")
            + String.join(", ", written.stream().map(String::valueOf).toList()));
      } else if (record) {
        lines.add("Not recorded as a baseline: the run of " + result.suite().name() + " is incomplete");
      }
    }
    return lines;
  }

  /** The run as the statistics see it: per test case its judged attempts (runs not judged are no evidence). */
  static SuiteRun suiteRun(SuiteResult result) {
    return suiteRun(result.suite().name(), result.batchId(), result.started(), result.cases());
  }

  /** A batch's cases as the statistics see them. */
  static SuiteRun suiteRun(String suite, String batchId, Instant started, List<SuiteResult.CaseResult> results) {
    List<CaseRun> cases = new ArrayList<>();
    for (SuiteResult.CaseResult testCase : results) {
      List<Attempt> attempts = new ArrayList<>();
      for (RunResult run : testCase.runs()) {
        Boolean successful = run.successful();
        if (successful != null) {
          attempts.add(new Attempt(run.attempt(), successful, run.transcript(),
              Objects.requireNonNullElse(run.run().remarks(), "")));
        }
      }
      cases.add(new CaseRun(testCase.label(), attempts));
    }
    return new SuiteRun(suite, batchId, started, cases);
  }
}
