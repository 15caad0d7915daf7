package ai.sigmamind.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Runs the sandbox standalone until Ctrl-C, with the system clock (runs complete in real time),
 * and the documented seed's data in the workspace of {@link SigmaMindSandbox#SEED_API_KEY}. The
 * main class of the runnable {@code sigmamind-sandbox-<version>-standalone.jar}.
 *
 * <pre>{@code
 * java -jar sigmamind-sandbox-0.1.0-standalone.jar --port 8080 --seed 7 --pace-seconds 2 --newer-shape
 * # SigmaMind sandbox listening on http://127.0.0.1:8080
 * }</pre>
 *
 * <p>Flags: {@code --host A} (default 127.0.0.1), {@code --port N} (default 0: any free port,
 * printed), {@code --seed N}, {@code --pace-seconds S} (decimals allowed),
 * {@code --pass-probability P}, {@code --newer-shape}, {@code --api-key K} (repeatable: accept only
 * these keys), {@code --no-seed-data}, {@code --no-admin}, {@code --known-agents-only} (404 for an agent
 * id it does not know, as for provider verification; by default one is created on first use),
 * {@code --drift}, {@code --help}.
 */
public final class SandboxMain {
  private static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar sigmamind-sandbox-<version>-standalone.jar [options]",
      "  --host A              IP address to listen on (default 127.0.0.1; others expose it to the network)",
      "  --port N              port (default 0: any free port)",
      "  --seed N              seed for ids, verdicts and transcripts (default 0)",
      "  --pace-seconds S      a batch's i-th run completes S*(i+1) seconds after it starts (default 1)",
      "  --pass-probability P  chance a run without a marker succeeds, 0-1 (default 0.8)",
      "  --newer-shape         answer as the newer API generation (isSuccessful, conversation, label)",
      "  --api-key K           accept only this key; repeat for more (default: any key)",
      "  --no-seed-data        start with no data for the seed key '" + SigmaMindSandbox.SEED_API_KEY + "'",
      "                        (default: the documented seed's test case, batch and run)",
      "  --no-admin            do not serve /_sandbox/ (provider states, reset, clock)",
      "  --known-agents-only   answer 404 for an agent id not known (default: create it on first use)",
      "  --drift               answer as a service that drifted from the spec, to check a contract probe:",
      "                        getTestCase sends attempt as a string, getBatchRun drops batchId,",
      "                        listBatchRuns renames totalCount to total, getTestRun adds sentiment",
      "  --help                print this help");

  private SandboxMain() {
  }

  /**
   * Starts the sandbox, prints its URL and serves until the JVM is asked to stop. A bad flag prints
   * the problem and the usage to standard error and exits with status 2; a port that cannot be
   * bound exits with status 1.
   *
   * @param args the flags listed above
   * @throws InterruptedException if the main thread is interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    if (List.of(args).contains("--help")) {
      System.out.println(USAGE);
      return;
    }
    SigmaMindSandbox sandbox;
    try {
      sandbox = launch(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sigmamind-sandbox-shutdown"));
    stopped.await();
  }

  /**
   * Parses {@code args}, starts the sandbox and prints
   * {@code SigmaMind sandbox listening on http://HOST:PORT} to {@code out}.
   *
   * @throws IllegalArgumentException for an unknown flag or a bad value
   */
  static SigmaMindSandbox launch(String[] args, PrintStream out) {
    SigmaMindSandbox.Builder builder = SigmaMindSandbox.builder().seedData(true);
    List<String> apiKeys = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--newer-shape" -> builder.wireShape(WireShape.NEWER);
        case "--no-admin" -> builder.adminEndpoints(false);
        case "--drift" -> builder.drift(true);
        case "--no-seed-data" -> builder.seedData(false);
        case "--known-agents-only" -> builder.knownAgentsOnly(true);
        case "--host" -> builder.host(value(args, ++i, flag));
        case "--port" -> builder.port(parse(flag, value(args, ++i, flag), Integer::parseInt));
        case "--seed" -> builder.seed(parse(flag, value(args, ++i, flag), Long::parseLong));
        case "--pace-seconds" -> builder.pace(parse(flag, value(args, ++i, flag), SandboxMain::seconds));
        case "--pass-probability" -> builder.passProbability(parse(flag, value(args, ++i, flag), Double::parseDouble));
        case "--api-key" -> apiKeys.add(value(args, ++i, flag));
        default -> throw new IllegalArgumentException("Unknown option: " + flag);
      }
    }
    if (!apiKeys.isEmpty()) {
      builder.apiKeys(apiKeys.toArray(new String[0]));
    }
    SigmaMindSandbox sandbox = builder.build().start();
    out.println("SigmaMind sandbox listening on " + sandbox.baseUrl());
    out.flush();
    return sandbox;
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException("Option " + flag + " needs a value");
    }
    return args[index];
  }

  private static <T> T parse(String flag, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Bad value for " + flag + ": '" + text + "'", e);
    }
  }

  private static Duration seconds(String text) {
    return Duration.ofMillis(new BigDecimal(text).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }
}
