package ai.sigmamind.suite.report;

import ai.sigmamind.suite.UsageException;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.Suite;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report files of a run, all in one directory: per suite {@code TEST-<suite>.xml} (JUnit
 * XML), {@code <suite>.json} and {@code <suite>.html}, and one {@code summary.md} for all suites.
 * {@link #check} proves they can be written before anything is sent, so an unwritable path costs
 * no batch.
 *
 * <pre>{@code
 * ReportFiles reports = new ReportFiles(Path.of("sigmamind-results"));
 * reports.check(suites);                  // before any request
 * List<Path> written = reports.write(results, List.of(), List.of());
 * }</pre>
 */
public final class ReportFiles {
  private final Path directory;

  /**
   * Reports in {@code directory} (created when missing).
   *
   * @param directory where the reports go; relative paths resolve against the working directory
   */
  public ReportFiles(Path directory) {
    this.directory = directory;
  }

  /**
   * The directory the reports go to.
   *
   * @return the directory as given
   */
  public Path directory() {
    return directory;
  }

  /**
   * The files written for {@code suite}: JUnit XML, JSON and HTML.
   *
   * @param suite the suite, whose name (with characters unsafe in file names replaced) names the files
   * @return {@code TEST-<name>.xml}, {@code <name>.json} and {@code <name>.html} in the directory, in that
   *     order
   */
  public List<Path> filesFor(Suite suite) {
    String name = fileName(suite.name());
    return List.of(directory.resolve("TEST-" + name + ".xml"), directory.resolve(name + ".json"),
        directory.resolve(name + ".html"));
  }

  /**
   * The Markdown summary of all suites.
   *
   * @return {@code summary.md} in the directory
   */
  public Path summary() {
    return directory.resolve("summary.md");
  }

  /**
   * Creates the directory and checks that every report file of {@code suites} can be written.
   *
   * @param suites the suites about to run
   * @throws UsageException naming the path when one cannot
   */
  public void check(List<Suite> suites) {
    List<Path> files = new ArrayList<>();
    suites.forEach(suite -> files.addAll(filesFor(suite)));
    files.add(summary());
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UsageException("Cannot write reports to " + directory + ": cannot create the directory ("
          + describe(e) + ")", e);
    }
    for (Path file : files) {
      checkWritable(file, "the report file");
    }
  }

  /**
   * Writes every report of {@code results} and the summary (which also lists {@code errors}), and
   * deletes the reports an earlier run left for {@code failed} suites, so CI never reads a stale one.
   *
   * @param results the suites that ran, complete or not
   * @param failed the suites that could not run
   * @param errors why, one message each
   * @return the files written
   * @throws UsageException if one cannot be written or deleted
   */
  public List<Path> write(List<SuiteResult> results, List<Suite> failed, List<String> errors) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UsageException("Cannot write reports to " + directory + ": " + describe(e), e);
    }
    for (Suite suite : failed) {
      for (Path stale : filesFor(suite)) {
        try {
          Files.deleteIfExists(stale);
        } catch (IOException e) {
          throw new UsageException("Cannot delete the stale report " + stale + ": " + describe(e), e);
        }
      }
    }
    List<Path> written = new ArrayList<>();
    for (SuiteResult result : results) {
      List<Path> files = filesFor(result.suite());
      try (Writer writer = Files.newBufferedWriter(files.get(0), StandardCharsets.UTF_8)) {
        JUnitXmlWriter.write(result, writer);
      } catch (IOException e) {
        throw new UsageException("Cannot write " + files.get(0) + ": " + describe(e), e);
      }
      write(files.get(1), JsonResultWriter.toJson(result) + "\n");
      write(files.get(2), HtmlReport.render(result));
      written.addAll(files);
    }
    write(summary(), MarkdownSummary.render(results, errors));
    written.add(summary());
    return written;
  }

  /**
   * Checks that {@code file} can be written (it exists and is writable, or it can be created),
   * leaving it as it was.
   *
   * @param file the file to write
   * @param what for the message: {@code the report file}, {@code the lock file}
   * @throws UsageException if it cannot
   */
  public static void checkWritable(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw new UsageException("Cannot write " + what + " " + file + ": it is a directory");
    }
    if (Files.exists(file)) {
      if (!Files.isWritable(file)) {
        throw new UsageException("Cannot write " + what + " " + file + ": it is not writable");
      }
      return;
    }
    try {
      Files.delete(Files.createFile(file));
    } catch (IOException e) {
      throw new UsageException("Cannot write " + what + " " + file + ": " + describe(e), e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("Cannot write " + file + ": " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * A suite name as a file name: letters, digits, dot, dash and underscore kept, the rest {@code _}.
   *
   * @param suiteName the suite's name
   * @return the name, safe as a file name
   */
  public static String fileName(String suiteName) {
    String name = suiteName.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.startsWith(".") ? "_" + name.substring(1) : name;
  }
}
