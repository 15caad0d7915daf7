package ai.sigmamind.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The version and branch a pact is published under: {@code <project version>+<short git sha>},
 * so every commit publishes its own consumer version, and the git branch for the broker's branch
 * selectors. CI systems that check out a detached head name the commit and branch in the
 * environment ({@code GIT_COMMIT}/{@code GIT_BRANCH}, or GitHub's variables), which win over git.
 *
 * @param version the consumer version
 * @param branch the branch, or empty when it cannot be told (a detached head)
 */
record ConsumerVersion(String version, Optional<String> branch) {
  private static final int SHORT_SHA = 12;

  /** This checkout's version, from the build's project version, the environment and git. */
  static ConsumerVersion current() {
    return resolve(System.getProperty("sigmamind.version", "0.0.0-unknown"), System::getenv, ConsumerVersion::git);
  }

  /**
   * @param env looks up an environment variable (null when unset)
   * @param git runs git with the arguments and answers its output (null when git fails)
   */
  static ConsumerVersion resolve(String projectVersion, Function<String, String> env, Function<List<String>, String> git) {
    String commit = firstSet(env, "GIT_COMMIT", "GITHUB_SHA");
    if (commit == null) {
      commit = git.apply(List.of("rev-parse", "HEAD"));
    }
    String branch = firstSet(env, "GIT_BRANCH", "GITHUB_HEAD_REF", "GITHUB_REF_NAME");
    if (branch == null) {
      branch = git.apply(List.of("rev-parse", "--abbrev-ref", "HEAD"));
    }
    String version = commit == null || commit.isBlank()
        ? projectVersion
        : projectVersion + "+" + commit.strip().substring(0, Math.min(SHORT_SHA, commit.strip().length()));
    return new ConsumerVersion(version,
        Optional.ofNullable(branch).map(String::strip).filter(name -> !name.isEmpty() && !name.equals("HEAD")));
  }

  private static String firstSet(Function<String, String> env, String... names) {
    for (String name : names) {
      String value = env.apply(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String git(List<String> arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(arguments);
    try {
      // Output to a file, read once git is done: a wait on the pipe itself would have no bound.
      Path output = Files.createTempFile("git", ".out");
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return null;
        }
        return process.exitValue() == 0 ? Files.readString(output, StandardCharsets.UTF_8).strip() : null;
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
