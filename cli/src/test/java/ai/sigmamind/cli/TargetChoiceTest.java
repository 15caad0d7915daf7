package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.suite.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target is always explicit and everything checkable is checked before the first request:
 * a missing key, conflicting flags or an unwritable output cost no request at all (counted on a
 * server standing in for the API), and the key is read from every documented place.
 */
class TargetChoiceTest {
  private static final String SUITE = """
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Opening hours
          userPrompt: You are a customer who wants to know the opening hours.
          successCriteria: Agent gives the opening hours.
      """;

  @TempDir
  Path directory;

  @Test
  void noKeyAndNoSandboxIsAUsageErrorNamingBothWaysAndSendsNothing() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    try (CountingServer api = new CountingServer()) {
      for (Map<String, String> environment : java.util.List.of(Map.of("SIGMAMIND_BASE_URL", api.baseUrl()),
          Map.of("SIGMAMIND_BASE_URL", api.baseUrl(), "SIGMAMIND_API_KEY", "  "))) {
        ProgramRun run = ProgramRun.sigmamind(environment, Map.of("sigmamind.apiKey", ""), "suite", "run",
            suite.toString(), "--report-dir", directory.resolve("reports").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("No target: pass --sandbox to run on an embedded sandbox")
            .contains("--api-key-env NAME", "--api-key-file FILE", "SIGMAMIND_API_KEY", "sigmamind.apiKey");
        assertThat(run.out()).isEmpty();
      }
      assertThat(api.requests()).isZero();
      assertThat(directory.resolve("reports")).doesNotExist();
    }
  }

  @Test
  void runsGetReadsTheSdkSettingsFromTheEnvironmentInTheOneDurationGrammar() {
    try (SigmaMindSandbox api = SigmaMindSandbox.builder().apiKeys(SigmaMindSandbox.SEED_API_KEY).build().start()) {
      api.setUpProviderState("test run job_1 of batch batch_1 exists and succeeded", Map.of());
      String[] get = {"runs", "get", "job_1", "--batch", "batch_1", "--agent", "mJzLaPEo425lieb9"};
      Map<String, String> environment = new java.util.HashMap<>(ProgramRun.apiAt(api.baseUrl()));

      environment.put("SIGMAMIND_OVERALL_TIMEOUT", "90s");
      ProgramRun ninetySeconds = ProgramRun.sigmamind(environment, get);
      environment.put("SIGMAMIND_OVERALL_TIMEOUT", "soon");
      ProgramRun unreadable = ProgramRun.sigmamind(environment, get);

      assertThat(ninetySeconds.exitCode()).as(ninetySeconds.err()).isZero();
      assertThat(ninetySeconds.out()).contains("job_1");
      assertThat(unreadable.exitCode()).isEqualTo(2);
      assertThat(unreadable.err()).contains("sigmamind.overallTimeout / SIGMAMIND_OVERALL_TIMEOUT must be a duration: "
          + "500ms, 90s, 20m, 1h, 1h30m", "but was 'soon'");
    }
  }

  @Test
  void theKeyInTheSystemPropertyIsHonoured() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    try (SigmaMindSandbox api = Target.sandboxConfiguration().pace(Duration.ZERO).apiKeys("key-from-property").build()
        .start()) {
      ProgramRun run = ProgramRun.sigmamind(Map.of("SIGMAMIND_BASE_URL", api.baseUrl()),
          Map.of("sigmamind.apiKey", "key-from-property"), "suite", "run", suite.toString(),
          "--report-dir", directory.resolve("reports").toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Target: SigmaMind API at " + api.baseUrl() + " (key from sigmamind.apiKey)")
          .contains("PASSED")
          .doesNotContain("key-from-property");
    }
  }

  @Test
  void theKeyCanComeFromANamedVariableOrAFile() throws IOException {
    // The seed's key: the sandbox keeps the seed's run in its workspace.
    Path keyFile = Files.writeString(directory.resolve("key.txt"), SigmaMindSandbox.SEED_API_KEY + "\n");
    try (SigmaMindSandbox api = SigmaMindSandbox.builder().apiKeys(SigmaMindSandbox.SEED_API_KEY).build().start()) {
      api.setUpProviderState("test run job_1 of batch batch_1 exists and succeeded", Map.of());
      String[] get = {"runs", "get", "job_1", "--batch", "batch_1", "--agent", "mJzLaPEo425lieb9", "--base-url", api.baseUrl()};

      ProgramRun fromVariable = ProgramRun.sigmamind(Map.of("MY_KEY", SigmaMindSandbox.SEED_API_KEY),
          concat(get, "--api-key-env", "MY_KEY"));
      ProgramRun fromFile = ProgramRun.sigmamind(Map.of(), concat(get, "--api-key-file", keyFile.toString()));
      ProgramRun unset = ProgramRun.sigmamind(Map.of(), concat(get, "--api-key-env", "MY_KEY"));
      ProgramRun wrong = ProgramRun.sigmamind(Map.of("MY_KEY", "not-the-key"), concat(get, "--api-key-env", "MY_KEY"));

      assertThat(fromVariable.exitCode()).as(fromVariable.err()).isZero();
      assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
      assertThat(unset.exitCode()).isEqualTo(2);
      assertThat(unset.err()).startsWith("No API key in the environment variable MY_KEY (named by --api-key-env)");
      assertThat(wrong.exitCode()).isEqualTo(3);
      assertThat(wrong.err()).startsWith("API error: 401").doesNotContain("not-the-key");
    }
  }

  @Test
  void sandboxTogetherWithAKeyFlagIsAUsageError() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);

    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", "--api-key-env", "MY_KEY", suite.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--sandbox runs on an embedded sandbox; it cannot be combined with");
  }

  @Test
  void anUnwritableReportPathIsAUsageErrorBeforeAnyRequest() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    // A directory cannot be made under a regular file, whoever runs the test (root included).
    Path file = Files.writeString(directory.resolve("not-a-directory"), "");
    try (CountingServer api = new CountingServer()) {
      ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
          "--report-dir", file.resolve("reports").toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("Cannot write reports to " + file.resolve("reports") + ": cannot create the directory");
      assertThat(api.requests()).isZero();
    }
  }

  @Test
  void aReportFileThatIsADirectoryIsAUsageErrorBeforeAnyRequest() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    Files.createDirectories(directory.resolve("reports").resolve("suite.html"));
    try (CountingServer api = new CountingServer()) {
      ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(api.baseUrl()), "suite", "run", suite.toString(),
          "--report-dir", directory.resolve("reports").toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("Cannot write the report file " + directory.resolve("reports").resolve("suite.html")
          + ": it is a directory");
      assertThat(api.requests()).isZero();
    }
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
