package ai.sigmamind.samples;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.ClientSetting;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.SigmaMindException;
import ai.sigmamind.sdk.WaitOptions;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.UsageException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Where a sample sends its calls: SigmaMind's API when {@code SIGMAMIND_API_KEY} is set (at
 * {@code SIGMAMIND_BASE_URL} if that is set too; other SDK settings come from the environment as
 * {@link SigmaMindClient.Builder#fromEnv()} reads them), otherwise a sandbox started in-process on
 * a free loopback port and closed with this connection. (Samples fall back to the sandbox to be
 * easy to try; the {@code sigmamind} gate never does.)
 *
 * <pre>{@code
 * return ApiConnection.run(System.getenv(), SigmaMindSandbox.builder(), System.err, connection -> {
 *   TestRun run = connection.client().agent(agentId).testRuns(batchId).get(jobId);
 *   return ExitCode.OK.code();
 * });
 * }</pre>
 */
final class ApiConnection implements AutoCloseable {
  static final String API_KEY_VARIABLE = ClientSetting.API_KEY.environmentVariable();

  /** What a sample does with its connection; returns the sample's exit code. */
  @FunctionalInterface
  interface Work {
    int run(ApiConnection connection);
  }

  private final Target target;
  private final String description;

  private ApiConnection(Target target, String description) {
    this.target = target;
    this.description = description;
  }

  /**
   * Connects as {@code environment} says; {@code sandboxConfiguration} is used only when it names
   * no API key.
   *
   * @throws UsageException if the SDK settings in the environment are invalid
   */
  private static ApiConnection open(Map<String, String> environment, SigmaMindSandbox.Builder sandboxConfiguration) {
    String apiKey = environment.get(API_KEY_VARIABLE);
    if (apiKey != null && !apiKey.isBlank()) {
      try {
        Target api = Target.api(SigmaMindClient.builder().fromEnv(System::getProperty, environment::get).build());
        return new ApiConnection(api, "the SigmaMind API at " + api.baseUrl());
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new UsageException("Invalid SDK settings: " + e.getMessage(), e);
      }
    }
    Target sandbox = Target.sandbox(sandboxConfiguration);
    return new ApiConnection(sandbox,
        "an embedded sandbox at " + sandbox.baseUrl() + " (set " + API_KEY_VARIABLE + " to use the real API)");
  }

  /**
   * Opens the connection as {@link #open} does, runs {@code work} on it and closes it. Every sample
   * exits alike: invalid settings print their problem to {@code err} and give exit code 2, an API
   * error (or a wait that timed out) prints "API error: ..." and gives 3.
   */
  static int run(Map<String, String> environment, SigmaMindSandbox.Builder sandboxConfiguration, PrintStream err,
      Work work) {
    try (ApiConnection connection = open(environment, sandboxConfiguration)) {
      return work.run(connection);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE_ERROR.code();
    } catch (SigmaMindException e) {
      err.println("API error: " + e.getMessage());
      return ExitCode.API_ERROR.code();
    }
  }

  SigmaMindClient client() {
    return target.client();
  }

  /** The embedded sandbox, when there is one. */
  Optional<SigmaMindSandbox> sandbox() {
    return target.sandbox();
  }

  /** E.g. "the SigmaMind API at https://api.sigmamind.ai", for the user. */
  String description() {
    return description;
  }

  /** Polling suited to the target (quick on the embedded sandbox). */
  WaitOptions.Builder waitOptions() {
    return target.waitOptions();
  }

  @Override
  public void close() {
    target.close();
  }
}
