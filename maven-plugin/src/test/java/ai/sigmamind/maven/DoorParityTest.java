package ai.sigmamind.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import ai.sigmamind.cli.CliDoor;
import ai.sigmamind.junit.SigmaMindTestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * One suite and one set of settings through each door (the CLI, the JUnit engine, the Maven
 * plugin) on the embedded sandbox: the same verdict and the same JSON report, timestamps and the
 * sandbox's port aside. The demo suite passes 13 of 16 runs (81.3%); a floor of 0.85 fails it.
 */
class DoorParityTest {
  private static final Path SUITE = Path.of("../samples/suites/demo-agent.yaml");
  /** The settings every door is given, by registry name. */
  private static final String MIN_PASS_RATE = "0.85";
  private static final String TIMEOUT = "5m";
  private static final String PARALLEL = "1";

  @TempDir
  static Path directory;
  private static String expected = "";

  enum Door {
    CLI, ENGINE, PLUGIN
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void everyDoorGivesTheSameVerdictAndTheSameJsonReport(Door door) throws Exception {
    Path reports = directory.resolve(door.name());
    boolean passed = run(door, reports);

    assertThat(passed).as("%s's verdict", door).isFalse();
    assertThat(normalized(reports.resolve("demo-agent.json"))).isEqualTo(expectedReport());
  }

  /** Runs the suite through {@code door}; true when the door's verdict is a pass. */
  private boolean run(Door door, Path reports) throws Exception {
    switch (door) {
      case CLI -> {
        return CliDoor.run("suite", "run", "--sandbox", SUITE.toString(), "--min-pass-rate", MIN_PASS_RATE,
            "--timeout", TIMEOUT, "--parallel", PARALLEL, "--report-dir", reports.toString()) == 0;
      }
      case ENGINE -> {
        Path suite = directory.resolve("demo-agent.sigmamind.yaml");
        if (!Files.exists(suite)) {
          Files.copy(SUITE, suite);
        }
        EngineExecutionResults results = EngineTestKit.engine(new SigmaMindTestEngine())
            .configurationParameters(Map.of("sigmamind.sandbox", "true", "sigmamind.minPassRate", MIN_PASS_RATE,
                "sigmamind.timeout", TIMEOUT, "sigmamind.parallel", PARALLEL, "sigmamind.reportDir", reports.toString()))
            .selectors(selectFile(suite.toFile()))
            .execute();
        return results.containerEvents().failed().count() == 0;
      }
      default -> {
        RunSuiteMojo mojo = new RunSuiteMojo();
        mojo.suites = List.of(SUITE.toFile());
        mojo.sandbox = "true";
        mojo.minPassRate = MIN_PASS_RATE;
        mojo.timeout = TIMEOUT;
        mojo.parallel = PARALLEL;
        mojo.reportDirectory = reports.toFile();
        mojo.environment = Map.of();
        mojo.out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        mojo.execute();
        VerifyMojo verify = new VerifyMojo();
        verify.reportDirectory = reports.toFile();
        try {
          verify.execute();
          return true;
        } catch (MojoFailureException e) {
          return false;
        }
      }
    }
  }

  /** The report every door must write: the CLI's, made once for the class. */
  private String expectedReport() throws Exception {
    if (expected.isEmpty()) {
      Path reports = directory.resolve("expected");
      run(Door.CLI, reports);
      expected = normalized(reports.resolve("demo-agent.json"));
    }
    return expected;
  }

  /** The JSON report without what differs between two runs: times, the sandbox's port, the file's path. */
  private static String normalized(Path report) throws IOException {
    assertThat(report).exists();
    return Files.readString(report, StandardCharsets.UTF_8)
        .replaceAll("\"(started|finished|createdDate|completedDate)\": \"[^\"]*\"", "\"$1\": \"(time)\"")
        .replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:(port)")
        .replaceAll("\"suiteFile\": \"[^\"]*\"", "\"suiteFile\": \"(path)\"");
  }
}
