package ai.sigmamind.cli;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.suite.ExitCode;
import ai.sigmamind.suite.UsageException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigmamind sandbox}: the standalone sandbox until Ctrl-C, configured through the sandbox's
 * public builder with the same settings as its runnable jar: on 127.0.0.1 unless {@code --host}
 * says otherwise, with the documented seed's data for the seed key unless {@code --no-seed-data}.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Starts the SigmaMind sandbox (a stateful simulator of the API) and serves until "
        + "Ctrl-C. Point a client at the printed URL with the key " + SigmaMindSandbox.SEED_API_KEY + "; the "
        + "documented seed's test case, batch and run are there for that key from the start."})
final class SandboxCommand implements Callable<Integer> {
  @Option(names = "--host", paramLabel = "A", defaultValue = "127.0.0.1",
      description = "IP address to listen on (default: ${DEFAULT-VALUE}; any other exposes the sandbox and its "
          + "unauthenticated admin endpoints to the network).")
  String host;

  @Option(names = "--port", paramLabel = "P", defaultValue = "0",
      description = "Port (default: 0, any free port, printed).")
  int port;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "Seed for ids, verdicts and transcripts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--pace-seconds", paramLabel = "S", defaultValue = "1",
      description = "A batch's i-th run completes S*(i+1) seconds after it starts (default: ${DEFAULT-VALUE}).")
  BigDecimal paceSeconds;

  @Option(names = "--pass-probability", paramLabel = "P", defaultValue = "0.8",
      description = "Chance that a run without a marker succeeds, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double passProbability;

  @Option(names = "--newer-shape", description = "Answer as the newer API generation (labels, transcripts).")
  boolean newerShape;

  @Option(names = "--api-key", paramLabel = "K", description = "Accept only this key; repeat for more (default: any).")
  List<String> apiKeys = List.of();

  @Option(names = "--no-seed-data", description = "Start with no data for the seed key (default: the seed's data).")
  boolean noSeedData;

  @Option(names = "--no-admin", description = "Do not serve /_sandbox/ (provider states, reset, clock).")
  boolean noAdmin;

  @Option(names = "--known-agents-only", description = "Answer 404 for an agent id the sandbox does not know, as "
      + "provider verification expects (default: an agent is created, empty, on the first use of its id).")
  boolean knownAgentsOnly;

  @Option(names = "--drift", description = "Answer as a service that drifted from the spec, to check a contract probe "
      + "(a type changed, a required field dropped, one renamed, one added; see the sandbox guide).")
  boolean drift;

  private final CliContext context;

  SandboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    SigmaMindSandbox.Builder builder;
    try {
      builder = SigmaMindSandbox.builder().host(host).port(port).seedData(!noSeedData).seed(seed).passProbability(passProbability)
          .pace(Duration.ofMillis(paceSeconds.movePointRight(3).longValueExact()))
          .wireShape(newerShape ? WireShape.NEWER : WireShape.SEED).adminEndpoints(!noAdmin).knownAgentsOnly(knownAgentsOnly)
          .drift(drift);
      if (!apiKeys.isEmpty()) {
        builder.apiKeys(apiKeys.toArray(new String[0]));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new UsageException("Bad sandbox setting: " + e.getMessage(), e);
    }
    SigmaMindSandbox sandbox = builder.build().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sigmamind-sandbox-shutdown"));
    context.out().println("SigmaMind sandbox listening on " + sandbox.baseUrl() + " (Ctrl-C stops it)");
    context.out().flush();
    stopped.await();
    return ExitCode.OK.code();
  }
}
