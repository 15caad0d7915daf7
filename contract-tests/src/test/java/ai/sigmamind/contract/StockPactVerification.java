package ai.sigmamind.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the Rust Pact verifier (npm {@code @pact-foundation/pact-core}, installed by the
 * build into the directory named by {@code sigmamind.stockVerifier.dir}) through
 * {@code verify-pact.js}: the whole pact in one pass, provider states through the provider's
 * state-change URL, exactly as a provider team would run it. Never reaches the network
 * ({@code PACT_DO_NOT_TRACK=true}).
 *
 * @param exitCode 0 all passed, 1 some failed, 2 the verifier could not run
 * @param passed descriptions of the interactions that passed
 * @param failed descriptions of the interactions that failed
 * @param errors the verifier's error entries, as JSON text, for messages
 * @param output everything the script printed
 */
record StockPactVerification(int exitCode, List<String> passed, List<String> failed, String errors, String output) {

  static StockPactVerification run(URI providerBaseUrl, Path pact) {
    Path directory = Path.of(StandaloneSandbox.requiredProperty("sigmamind.stockVerifier.dir"));
    ProcessBuilder builder = new ProcessBuilder("node", "verify-pact.js", providerBaseUrl.toString(), pact.toString())
        .directory(directory.toFile())
        .redirectErrorStream(true);
    builder.environment().putAll(Map.of("PACT_DO_NOT_TRACK", "true", "pact_do_not_track", "true"));
    String output;
    int exitCode;
    try {
      // Output to a file, read once node is done: a wait on the pipe itself would have no bound.
      Path log = Files.createTempFile("stock-verifier", ".log");
      try {
        Process process = builder.redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
          process.destroyForcibly();
        }
        output = Files.readString(log, StandardCharsets.UTF_8);
        if (!finished) {
          throw new IllegalStateException("The Rust verifier did not finish in 5 minutes:\n" + output);
        }
        exitCode = process.exitValue();
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run node in " + directory, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while verifying", e);
    }
    String lastLine = output.strip().lines().reduce((first, second) -> second).orElse("");
    if (exitCode == 2 || !lastLine.startsWith("{")) {
      throw new IllegalStateException("The Rust verifier did not run (exit " + exitCode + "):\n" + output);
    }
    JsonNode result;
    try {
      result = PactJson.MAPPER.readTree(lastLine);
    } catch (IOException e) {
      throw new IllegalStateException("The Rust verifier printed no JSON result:\n" + output, e);
    }
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    result.path("interactionResults").forEach(interaction ->
        ("OK".equals(interaction.path("result").asText()) ? passed : failed).add(interaction.path("description").asText()));
    return new StockPactVerification(exitCode, passed, failed, result.path("errors").toString(), output);
  }
}
