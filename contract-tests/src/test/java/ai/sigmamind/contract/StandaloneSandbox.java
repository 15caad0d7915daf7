package ai.sigmamind.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable {@code sigmamind-sandbox-<version>-standalone.jar} in its own JVM, as a provider
 * team outside the JVM world runs it: port 0, the URL read from its first line of output.
 */
final class StandaloneSandbox implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("SigmaMind sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");

  private final Process process;
  private final URI baseUrl;

  private StandaloneSandbox(Process process, URI baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /** Starts the jar named by the system property {@code sigmamind.sandbox.jar} with {@code flags}. */
  static StandaloneSandbox start(String... flags) {
    Path jar = Path.of(requiredProperty("sigmamind.sandbox.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No standalone sandbox jar at " + jar + "; run through Maven (package builds it)");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "--port", "0"));
    command.addAll(List.of(flags));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    try {
      line = CompletableFuture.supplyAsync(() -> firstLine(out)).get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("Interrupted while starting " + command, e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("The standalone sandbox did not say it was ready: " + command, e);
    }
    Matcher ready = READY.matcher(String.valueOf(line));
    if (!ready.matches()) {
      process.destroyForcibly();
      throw new IllegalStateException("Unexpected first line from the standalone sandbox: " + line);
    }
    return new StandaloneSandbox(process, URI.create(ready.group(1)));
  }

  URI baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static String firstLine(BufferedReader out) {
    try {
      return out.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + name + " is not set; run the tests through Maven");
    }
    return value;
  }
}
