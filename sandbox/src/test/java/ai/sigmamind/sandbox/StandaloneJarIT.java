package ai.sigmamind.sandbox;

import static ai.sigmamind.sandbox.Api.DEMO_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runnable {@code sigmamind-sandbox-<version>-standalone.jar} as a user starts it: a separate
 * JVM with nothing but the jar, serving the seed's data for the seed key with no extra calls: the
 * README's quickstart call and first example work at once.
 */
class StandaloneJarIT {
  private static final Pattern READY = Pattern.compile("SigmaMind sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void runsFromTheJarAloneAndServesTheSeedRun() throws Exception {
    Path jar = Path.of(System.getProperty("sigmamind.sandbox.jar"));
    assertThat(jar).as("the standalone jar built by the package phase").isRegularFile();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--host", "127.0.0.1", "--port", "0"))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
      Matcher ready = READY.matcher(String.valueOf(line));
      assertThat(ready.matches()).as("first line: %s", line).isTrue();

      Api seed = new Api(ready.group(1), SigmaMindSandbox.SEED_API_KEY);

      // The README's quickstart call and its first example (a batch of the seed's test case).
      Map<String, Object> run = seed.get("/v1/test-runs/job_ksUu5yRHGTLLrLeM?batchId=batch_s0OJu2JWR8R45Fai&agentId=" + DEMO_AGENT)
          .tree();
      Api.Reply batch = seed.post("/v1/batch-runs", "{\"agentId\":\"" + DEMO_AGENT + "\",\"testCases\":[\"tc_d17T6uReChpyfFeP\"]}");

      assertThat(run).containsEntry("isSuccesful", true).containsEntry("workspaceId", "org_V6eZ2zg8ziDx5pft");
      assertThat(batch.code()).as(batch.body()).isEqualTo(201);
    } finally {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the jar stops on SIGTERM").isTrue();
    }
    assertThat(Files.size(jar)).isPositive();
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
