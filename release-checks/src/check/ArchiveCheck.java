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
 * The tool's linux-x64 archive works where nothing else is installed, installed as README.md says:
 * its three install lines are the ones this release's archive needs (the download URL is also the
 * one action.yml uses), and the unpack and run lines, run as written in an empty directory with a
 * PATH that has no {@code java} and no {@code JAVA_HOME}, unpack it and run a suite for a made-up
 * agent on {@code --sandbox} (exit 0, four reports). Then, as under GitHub Actions, a failing run
 * exits 1 and writes the step summary and an annotation at the failing case's line. Also: the
 * archive is at most 60 MB, the checksums file matches both archives, and the time
 * {@code sigmamind --version} takes is printed (BENCHMARKS.md).
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
    Path tools = Files.createDirectories(work.resolve("tools"));
    Map<String, String> bare = bareEnvironment(tools);
    if (Processes.run(List.of("/bin/sh", "-c", "command -v java"), work, bare, BOUND, true).ok()) {
      problems.add("the PATH without java still finds one: " + bare.get("PATH"));
      return problems;
    }
    List<String> install = readmeInstall(tar.getFileName().toString());
    if (install.isEmpty()) {
      return problems;
    }
    // Line 1 downloads the archive: here it is copied, then lines 2 and 3 run as written.
    Files.copy(tar, work.resolve(tar.getFileName()));
    Files.writeString(work.resolve("my-suite.yaml"), SUITE);
    Processes.Result untar = Processes.run(List.of("/bin/sh", "-c", install.get(1)), work, bare, BOUND, true);
    Path home = work.resolve(name);
    if (!untar.ok() || !Files.isExecutable(home.resolve("bin/sigmamind"))) {
      problems.add("README's \"" + install.get(1) + "\" gave no " + name + "/bin/sigmamind: " + untar.output());
      return problems;
    }
    for (String file : List.of("bin/sigmamind.cmd", "lib/sigmamind.jar", "LICENSE", "README.md", "runtime/bin/java")) {
      if (!Files.isRegularFile(home.resolve(file))) {
        problems.add(tar.getFileName() + " has no " + name + "/" + file);
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    runsAsUsersDo(home, bare, install.get(2));
    return problems;
  }

  private void runsAsUsersDo(Path home, Map<String, String> bare, String readmeRun) throws Exception {
    String sigmamind = home.resolve("bin/sigmamind").toString();
    Processes.Result version = Processes.run(List.of(sigmamind, "--version"), work, bare, BOUND, true);
    if (!version.ok() || !version.output().startsWith("sigmamind " + this.version + "\n")) {
      problems.add("bin/sigmamind --version without java on the PATH printed (exit " + version.exit() + "): "
          + version.output());
      return;
    }
    reportStartup(sigmamind, bare);
    Processes.Result pass = Processes.run(List.of("/bin/sh", "-c", readmeRun), work, bare, BOUND, true);
    expect(pass, 0, "README's \"" + readmeRun + "\" (4 of 5 cases pass, the default minimum is 80%)");
    for (String report : List.of("TEST-made-up-agent.xml", "made-up-agent.json", "made-up-agent.html", "summary.md")) {
      if (!Files.isRegularFile(work.resolve("sigmamind-results").resolve(report))) {
        problems.add("the passing run wrote no " + report + ":\n" + pass.output());
      }
    }
    Path suite = Files.writeString(Files.createDirectories(work.resolve("suites")).resolve("made-up-agent.yaml"), SUITE);
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

  /** Prints the median of five timed runs (the machine's load decides much of it: printed too). */
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

  /**
   * README's three install lines (download, unpack, run) for the release of this version, with
   * the project version in place of the release's so they run here; empty after a problem.
   */
  private List<String> readmeInstall(String archive) throws Exception {
    String release = version.replaceFirst("-SNAPSHOT$", "");
    String url = ReleaseChecks.text(ReleaseChecks.read(root.resolve("pom.xml")), "url") + "/releases/download/v";
    List<String> expected = List.of("curl -fsSLO " + url + release + "/sigmamind-" + release + "-linux-x64.tar.gz",
        "tar -xzf sigmamind-" + release + "-linux-x64.tar.gz",
        "sigmamind-" + release + "/bin/sigmamind suite run --sandbox my-suite.yaml");
    String readme = Files.readString(root.resolve("README.md"));
    if (!readme.contains("```sh\n" + String.join("\n", expected) + "\n```\n")) {
      problems.add("README.md has no sh block of the three install lines:\n" + String.join("\n", expected));
      return List.of();
    }
    if (!Files.readString(root.resolve("action.yml")).contains(url + "$version/")) {
      problems.add("action.yml does not download from " + url + "$version/, as README.md does");
    }
    List<String> runnable = expected.stream().map(line -> line.replace("sigmamind-" + release, "sigmamind-" + version)).toList();
    if (!runnable.get(1).endsWith(archive)) {
      problems.add("README.md unpacks " + runnable.get(1) + ", but the build makes " + archive);
      return List.of();
    }
    return runnable;
  }

  /**
   * Only a PATH, and in it no directory that has a java: those of this process's PATH without
   * one, and {@code tools} with links to tar and gzip (on many machines they sit beside java).
   */
  private static Map<String, String> bareEnvironment(Path tools) throws Exception {
    for (String tool : List.of("tar", "gzip")) {
      for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
        Path found = Path.of(directory, tool);
        if (!directory.isEmpty() && Files.isExecutable(found) && !Files.exists(tools.resolve(tool))) {
          Files.createSymbolicLink(tools.resolve(tool), found);
        }
      }
    }
    List<String> directories = new ArrayList<>(List.of(tools.toString()));
    for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      if (!directory.isEmpty() && !Files.exists(Path.of(directory, "java"))) {
        directories.add(directory);
      }
    }
    return Map.of("PATH", String.join(File.pathSeparator, directories));
  }
}
