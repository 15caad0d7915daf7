package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version pacts are published under: project version plus commit, and the branch, from CI's environment or git. */
class ConsumerVersionTest {
  private static final String SHA = "0cfde8c2d1e4a5b6c7d8e9f00112233445566778";

  @Test
  void gitNamesTheCommitAndBranchWhenTheEnvironmentDoesNot() {
    ConsumerVersion version = ConsumerVersion.resolve("1.2.0", Map.<String, String>of()::get,
        arguments -> arguments.contains("--abbrev-ref") ? "main\n" : SHA + "\n");

    assertThat(version).isEqualTo(new ConsumerVersion("1.2.0+0cfde8c2d1e4", java.util.Optional.of("main")));
  }

  @Test
  void theEnvironmentWinsOverGit() {
    ConsumerVersion version = ConsumerVersion.resolve("1.2.0",
        Map.of("GITHUB_SHA", "abcdef0123456789", "GITHUB_HEAD_REF", "feature/contract")::get,
        arguments -> "from git");

    assertThat(version.version()).isEqualTo("1.2.0+abcdef012345");
    assertThat(version.branch()).contains("feature/contract");
  }

  @Test
  void aDetachedHeadHasNoBranchAndNoGitLeavesTheProjectVersion() {
    assertThat(ConsumerVersion.resolve("1.2.0", Map.<String, String>of()::get,
        arguments -> arguments.contains("--abbrev-ref") ? "HEAD" : SHA).branch()).isEmpty();
    assertThat(ConsumerVersion.resolve("1.2.0", Map.<String, String>of()::get, arguments -> null))
        .isEqualTo(new ConsumerVersion("1.2.0", java.util.Optional.empty()));
  }

  @Test
  void gitIsAskedForTheFullCommitAndTheBranchName() {
    List<List<String>> asked = new java.util.ArrayList<>();
    ConsumerVersion.resolve("1.2.0", Map.<String, String>of()::get, arguments -> {
      asked.add(arguments);
      return null;
    });

    assertThat(asked).containsExactly(List.of("rev-parse", "HEAD"), List.of("rev-parse", "--abbrev-ref", "HEAD"));
  }
}
