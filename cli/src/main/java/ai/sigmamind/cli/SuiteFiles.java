package ai.sigmamind.cli;

import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads suite files, reporting every bad one (not just the first) before giving up. */
final class SuiteFiles {
  private SuiteFiles() {
  }

  /** @throws UsageException listing each file's problem, one per line */
  static List<Suite> read(List<Path> files) {
    List<Suite> suites = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        suites.add(SuiteFile.read(file));
      } catch (UsageException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new UsageException(String.join(System.lineSeparator(), problems));
    }
    return suites;
  }
}
