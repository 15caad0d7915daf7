package ai.sigmamind.suite.stats;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * A suite's past runs, one JSON line per run beside the baseline, for trends and for finding the
 * cases whose verdict flips from run to run.
 *
 * <pre>{@code
 * RunHistory.append(Path.of("suites/demo-agent.history.jsonl"), run);
 * List<FlakyCase> flakiest = RunHistory.read(Path.of("suites/demo-agent.history.jsonl")).flakiest(5);
 * }</pre>
 *
 * <p>A line: {@code {"batchId":"batch_…","date":"2026-12-01T10:15:30Z","cases":[{"label":"Refund
 * request","attempts":4,"passes":3}]}}. Unknown fields are skipped.
 *
 * @param runs the runs, oldest first
 */
public record RunHistory(List<Run> runs) {
  /**
   * Copies the runs.
   *
   * @param runs see {@link #runs()}; copied
   * @throws NullPointerException if {@code runs} is null
   */
  public RunHistory {
    runs = List.copyOf(runs);
  }

  /**
   * One past run.
   *
   * <pre>{@code
   * RunHistory.Run run = history.runs().get(0);
   * run.cases().get("Refund request");  // 3/4
   * }</pre>
   *
   * @param batchId the batch
   * @param date when it ran
   * @param cases passes out of attempts per test case label, in the run's order
   */
  public record Run(String batchId, Instant date, Map<String, PassRate> cases) {
    /**
     * Copies the cases.
     *
     * @param batchId see {@link #batchId()}
     * @param date see {@link #date()}
     * @param cases see {@link #cases()}; copied, keeping their order
     * @throws NullPointerException if {@code cases} is null
     */
    public Run {
      cases = Collections.unmodifiableMap(new LinkedHashMap<>(cases));
    }

    /**
     * The run's line: per case, passes out of attempts.
     *
     * @param run a run of the suite
     * @return the line's content for it
     */
    public static Run of(SuiteRun run) {
      Map<String, PassRate> cases = new LinkedHashMap<>();
      run.cases().forEach(caseRun -> cases.put(caseRun.label(), caseRun.result()));
      return new Run(run.batchId(), run.date(), cases);
    }
  }

  /**
   * The history in {@code file}; empty if there is no such file yet.
   *
   * @param file the history file, one JSON line per run
   * @return the runs in file order, oldest first; blank lines are skipped
   * @throws BaselineFormatException if a line is not a run; the message names the file and line
   * @throws IOException if the file exists but cannot be read
   */
  public static RunHistory read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new RunHistory(List.of());
    }
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        runs.add(parse(lines.get(i), file + ":" + (i + 1) + ":"));
      }
    }
    return new RunHistory(runs);
  }

  /**
   * Adds the run's line at the end of {@code file}, creating it if needed.
   *
   * @param file the history file; its parent directory must exist
   * @param run the run to add
   * @throws IOException if the file cannot be written
   */
  public static void append(Path file, SuiteRun run) throws IOException {
    Files.writeString(file, line(Run.of(run)) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * The cases whose verdict changed most between consecutive runs, most changes first, at most
   * {@code limit}. A case's verdict in a run is "passed" when every attempt passed, as a plain
   * pass/fail check would report it. Cases that never flipped and never had mixed attempts are
   * left out.
   *
   * @param limit the most cases to return, at least 0
   * @return the cases, most flips first, then most mixed runs, then by label
   */
  public List<FlakyCase> flakiest(int limit) {
    Map<String, FlakyCase> byLabel = new LinkedHashMap<>();
    Map<String, Boolean> lastVerdict = new LinkedHashMap<>();
    for (Run run : runs) {
      run.cases().forEach((label, result) -> {
        if (result.attempts() == 0) {
          return;
        }
        boolean passed = result.passes() == result.attempts();
        Boolean previous = lastVerdict.put(label, passed);
        int flip = previous != null && previous != passed ? 1 : 0;
        FlakyCase before = byLabel.getOrDefault(label, new FlakyCase(label, 0, 0, 0, PassRate.of(0, 0)));
        byLabel.put(label, new FlakyCase(label, before.runs() + 1, before.flips() + flip,
            before.mixedRuns() + (result.mixed() ? 1 : 0), before.overall().plus(result)));
      });
    }
    return byLabel.values().stream()
        .filter(flaky -> flaky.flips() > 0 || flaky.mixedRuns() > 0)
        .sorted(Comparator.comparingInt(FlakyCase::flips).thenComparingInt(FlakyCase::mixedRuns).reversed()
            .thenComparing(FlakyCase::label))
        .limit(limit)
        .toList();
  }

  static String line(Run run) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("batchId").value(run.batchId());
      writer.name("date").value(run.date().toString());
      writer.name("cases").beginArray();
      for (Map.Entry<String, PassRate> entry : run.cases().entrySet()) {
        writer.beginObject();
        writer.name("label").value(entry.getKey());
        writer.name("attempts").value(entry.getValue().attempts());
        writer.name("passes").value(entry.getValue().passes());
        writer.endObject();
      }
      writer.endArray();
      writer.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a memory buffer cannot fail", e);
    }
    return buffer.readUtf8();
  }

  private static Run parse(String line, String where) throws BaselineFormatException {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(line))) {
      String batchId = null;
      Instant date = null;
      Map<String, PassRate> cases = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "batchId" -> batchId = reader.nextString();
          case "date" -> date = Instant.parse(reader.nextString());
          case "cases" -> cases = cases(reader, where);
          default -> reader.skipValue();
        }
      }
      reader.endObject();
      if (batchId == null || date == null || cases == null) {
        throw new BaselineFormatException(where + " a history line needs batchId, date and cases");
      }
      return new Run(batchId, date, cases);
    } catch (JsonDataException | JsonEncodingException | DateTimeParseException | IllegalArgumentException e) {
      throw new BaselineFormatException(where + " not a history line: " + e.getMessage(), e);
    } catch (BaselineFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new BaselineFormatException(where + " not a history line: " + e.getMessage(), e);
    }
  }

  private static Map<String, PassRate> cases(JsonReader reader, String where) throws IOException {
    Map<String, PassRate> cases = new LinkedHashMap<>();
    reader.beginArray();
    while (reader.hasNext()) {
      String label = null;
      int attempts = -1;
      int passes = -1;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "label" -> label = reader.nextString();
          case "attempts" -> attempts = reader.nextInt();
          case "passes" -> passes = reader.nextInt();
          default -> reader.skipValue();
        }
      }
      reader.endObject();
      if (label == null || attempts < 0 || passes < 0) {
        throw new BaselineFormatException(where + " each case needs label, attempts and passes");
      }
      cases.put(label, PassRate.of(passes, attempts));
    }
    reader.endArray();
    return cases;
  }
}
