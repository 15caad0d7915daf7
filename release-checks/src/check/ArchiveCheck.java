import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool's linux-x64 archive works where nothing else is installed: unpacked into an empty
 * directory and run with a PATH that has no {@code java} and no {@code JAVA_HOME}, it prints its
 * version and runs a suite for a made-up agent on {@code --sandbox}: exit 0 on a pass with its four
 * reports, then, as under GitHub Actions, exit 1 on a fail with the step summary and an annotation at
 * the failing case's line. Also: the archive is at most 60 MB, the checksums file matches both
 * archives, and the time {@code sigmamind --version} takes is printed (BENCHMARKS.md).
 *
 * <p>Example: {@code new ArchiveCheck(root, "0.1.0-SNAPSHOT", work).check()} returns the problems.
 */
final class ArchiveCheck {
  static final long MAX_BYTES = 60L * 1024 * 1024;
  private static final Duration BOUND = Duration.ofMinutes(3);
  private static final String SUITE = """
      name: made-up-agent
      agentId: agent_madeUp4Qx9
      testCases:
        - label: Opening hours
          userPrompt: You are a customer who wants to know the opening hours.
          successCriteria: Agent gives the opening hours.
        - label: Delivery time
          userPrompt: You are a customer who asks when the parcel arrives.
          successCriteria: Agent gives a delivery window.
        - label: Change address
          userPrompt: You are a customer who moved last week.
          successCriteria: Agent updates the address.
        - label: Opening on Sunday
          userPrompt: You are a customer who wants to come on Sunday.
          successCriteria: Agent says whether the shop opens on Sunday.
        - label: Refund
          userPrompt: You are a customer who wants a refund. [sandbox:fail]
          successCriteria: Agent explains the refund policy.
      """;

  private final Path root;
  private final String version;
  private final Path work;
  private final List<String> problems = new ArrayList<>();

  ArchiveCheck(Path root, String version, Path work) {
    this.root = root;
    this.version = version;
    this.work = work.resolve("archive-check");
  }

  List<String> check() throws Exception {
    Path target = root.resolve("distribution/target");
    String name = "sigmamind-" + version;
    Path tar = target.resolve(name + "-linux-x64.tar.gz");
    Path zip = target.resolve(name + ".zip");
    for (Path archive : List.of(tar, zip)) {
      if (!Files.isRegularFile(archive)) {
        return List.of("no archive at " + root.relativize(archive) + " (the distribution module builds it)");
      }
    }
    checkChecksums(target.resolve(name + ".sha256"), tar, zip);
    long size = Files.size(tar);
    System.out.printf("Archive %s: %.1f MB%n", tar.getFileName(), size / 1024.0 / 1024.0);
    if (size > MAX_BYTES) {
      problems.add(tar.getFileName() + " is " + size + " bytes, over the goal of " + MAX_BYTES);
    }
    ReleaseChecks.deleteRecursively(work);
    Path unpacked = Files.createDirectories(work.resolve("unpacked"));
    Processes.Result untar = Processes.run(List.of("tar", "-xzf", tar.toString()), unpacked, Map.of(), BOUND);
    Path home = unpacked.resolve(name);
    if (!untar.ok() || !Files.isExecutable(home.resolve("bin/sigmamind"))) {
      problems.add("unpacking " + tar.getFileName() + " gave no " + name + "/bin/sigmamind: " + untar.output());
      return problems;
    }
    for (String file : List.of("bin/sigmamind.cmd", "lib/sigmamind.jar", "LICENSE", "README.md", "runtime/bin/java")) {
      if (!Files.isRegularFile(home.resolve(file))) {
        problems.add(tar.getFileName() + " has no " + name + "/" + file);
      }
    }
    Map<String, String> bare = bareEnvironment();
    if (Processes.run(List.of("/bin/sh", "-c", "command -v java"), work, bare, BOUND, true).ok()) {
      problems.add("the PATH without java still finds one: " + bare.get("PATH"));
      return problems;
    }
    runsAsUsersDo(home, bare);
    return problems;
  }

  private void runsAsUsersDo(Path home, Map<String, String> bare) throws Exception {
    String sigmamind = home.resolve("bin/sigmamind").toString();
    Processes.Result version = Processes.run(List.of(sigmamind, "--version"), work, bare, BOUND, true);
    if (!version.ok() || !version.output().startsWith("sigmamind " + this.version + "\n")) {
      problems.add("bin/sigmamind --version without java on the PATH printed (exit " + version.exit() + "): "
          + version.output());
      return;
    }
    reportStartup(sigmamind, bare);
    Path suite = Files.writeString(Files.createDirectories(work.resolve("suites")).resolve("made-up-agent.yaml"), SUITE);
    Processes.Result pass = Processes.run(List.of(sigmamind, "suite", "run", "--sandbox", "suites/made-up-agent.yaml",
        "--report-dir", "reports-pass"), work, bare, BOUND, true);
    expect(pass, 0, "a passing suite (4 of 5 cases pass, the default minimum is 80%)");
    for (String report : List.of("TEST-made-up-agent.xml", "made-up-agent.json", "made-up-agent.html", "summary.md")) {
      if (!Files.isRegularFile(work.resolve("reports-pass").resolve(report))) {
        problems.add("the passing run wrote no " + report + ":\n" + pass.output());
      }
    }
    Path stepSummary = Files.writeString(work.resolve("step-summary.md"), "");
    Map<String, String> github = new HashMap<>(bare);
    github.putAll(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString(),
        "GITHUB_WORKSPACE", work.toString()));
    Processes.Result fail = Processes.run(List.of(sigmamind, "suite", "run", "--sandbox", suite.toString(),
        "--min-pass-rate", "0.9", "--report-dir", "reports-fail"), work, github, BOUND, true);
    expect(fail, 1, "a failing suite under GitHub Actions (--min-pass-rate 0.9)");
    int line = Arrays.asList(SUITE.split("\n")).indexOf("  - label: Refund") + 1;
    String annotation = "::error file=suites/made-up-agent.yaml,line=" + line + ",title=made-up-agent%3A Refund::";
    if (!fail.output().contains(annotation)) {
      problems.add("the GitHub Actions run printed no \"" + annotation + "...\":\n" + fail.output());
    }
    if (!Files.readString(stepSummary).startsWith("## sigmamind suite run: FAILED")) {
      problems.add("the GitHub Actions run left the step summary as: " + Files.readString(stepSummary));
    }
    if (problems.isEmpty()) {
      System.out.println("The archive runs without java on the PATH: --version, a suite for a made-up agent on"
          + " --sandbox (exit 0, four reports), and under GitHub Actions (exit 1, step summary, annotation)");
    }
  }

  private void expect(Processes.Result result, int exit, String what) {
    if (result.exit() != exit) {
      problems.add(what + " exited with " + result.exit() + ", not " + exit + ":\n" + result.output());
    }
  }

  /** Prints the median of five timed runs; the first run (above) has recorded the class-data archive. */
  private static void reportStartup(String sigmamind, Map<String, String> bare) throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      Processes.run(List.of(sigmamind, "--version"), Path.of(sigmamind).getParent(), bare, BOUND, true);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    millis.sort(null);
    System.out.println("sigmamind --version from the archive: median " + millis.get(2) + " ms of 5 runs " + millis
        + " (load average " + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage()) + ")");
  }

  private void checkChecksums(Path sums, Path... archives) throws Exception {
    String listed = Files.isRegularFile(sums) ? Files.readString(sums) : "";
    for (Path archive : archives) {
      String line = ReleaseChecks.digest("SHA-256", archive) + "  " + archive.getFileName();
      if (!listed.lines().toList().contains(line)) {
        problems.add(sums.getFileName() + " lacks the line \"" + line + "\"");
      }
    }
  }

  /** Only a PATH, and in it no directory that has a java. */
  private static Map<String, String> bareEnvironment() {
    List<String> directories = new ArrayList<>();
    for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      if (!directory.isEmpty() && !Files.exists(Path.of(directory, "java"))) {
        directories.add(directory);
      }
    }
    return Map.of("PATH", String.join(File.pathSeparator, directories));
  }
}
