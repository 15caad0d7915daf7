package ai.sigmamind.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What {@code run-suite} hands to {@code verify}: the combined exit code and the verdict lines,
 * in {@code sigmamind-result.properties} beside the reports. Writing it after the reports means a
 * build that fails in {@code verify} always has them.
 *
 * @param exitCode 0 passed, 1 a suite failed its gate, 3 a suite could not run or is incomplete
 * @param verdict one line per suite, then one per suite that could not run
 */
record SuiteResultFile(int exitCode, String verdict) {
  static final String NAME = "sigmamind-result.properties";
  private static final String EXIT_CODE = "exitCode";
  private static final String VERDICT = "verdict";

  /** The file in {@code reportDirectory}. */
  static Path in(Path reportDirectory) {
    return reportDirectory.resolve(NAME);
  }

  void write(Path reportDirectory) throws IOException {
    Properties properties = new Properties();
    properties.setProperty(EXIT_CODE, String.valueOf(exitCode));
    properties.setProperty(VERDICT, verdict);
    Files.createDirectories(reportDirectory);
    try (Writer writer = Files.newBufferedWriter(in(reportDirectory), StandardCharsets.UTF_8)) {
      properties.store(writer, "Written by sigmamind:run-suite, read by sigmamind:verify");
    }
  }

  /** @throws IOException if it cannot be read or is not a result file */
  static SuiteResultFile read(Path reportDirectory) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(in(reportDirectory), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    String code = properties.getProperty(EXIT_CODE);
    String verdict = properties.getProperty(VERDICT);
    if (code == null || verdict == null || !code.matches("\\d+")) {
      throw new IOException(in(reportDirectory) + " is not a result written by sigmamind:run-suite");
    }
    return new SuiteResultFile(Integer.parseInt(code), verdict);
  }

  boolean passed() {
    return exitCode == 0;
  }
}
