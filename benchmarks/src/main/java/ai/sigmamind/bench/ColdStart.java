package ai.sigmamind.bench;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestRun;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 5: a fresh JVM making its first call, whole-process time, SDK vs raw OkHttp + Moshi.
 * {@code main} with no argument is the harness (it starts the server and times child JVMs); with
 * {@code sdk URL} or {@code raw URL} it is the child that makes one call and exits.
 *
 * <pre>{@code
 * java -cp <benchmarks classpath> ai.sigmamind.bench.ColdStart      # prints the table
 * }</pre>
 */
public final class ColdStart {
  private static final int ROUNDS = 10;

  private ColdStart() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      System.out.println(firstCall(args[0], args[1]).successful());
      return;
    }
    print(System.out, ROUNDS);
  }

  /** Times {@code rounds} child JVMs of each kind, interleaved, and prints mean and spread. */
  public static void print(PrintStream out, int rounds) throws IOException, InterruptedException {
    try (FixedPayloadServer server = FixedPayloadServer.start(FixedPayloadServer.PAGE_SIZE)) {
      List<Long> sdk = new ArrayList<>();
      List<Long> raw = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        sdk.add(timeChild("sdk", server.baseUrl()));
        raw.add(timeChild("raw", server.baseUrl()));
      }
      out.println("| first call in a fresh JVM | mean | min | max |");
      out.println("|---|---|---|---|");
      out.println(row("raw OkHttp + Moshi (baseline)", raw));
      out.println(row("SDK", sdk));
      out.printf("SDK / baseline: %.2f%n", mean(sdk) / mean(raw));
    }
  }

  static TestRun firstCall(String kind, String baseUrl) {
    if (kind.equals("raw")) {
      try (OkHttpMoshiClient raw = new OkHttpMoshiClient(baseUrl)) {
        return raw.getTestRun();
      }
    }
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(Seed.API_KEY).baseUrl(baseUrl).build()) {
      return client.agent(Seed.AGENT_ID).testRuns(Seed.BATCH_ID).get(Seed.JOB_ID);
    }
  }

  private static long timeChild(String kind, String baseUrl) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    long start = System.nanoTime();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), kind, baseUrl)
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes()).strip();
    if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0 || !output.endsWith("true")) {
      throw new IllegalStateException(kind + " child failed: " + output);
    }
    return System.nanoTime() - start;
  }

  private static String row(String name, List<Long> nanos) {
    return String.format("| %s | %.0f ms | %.0f ms | %.0f ms |", name, mean(nanos) / 1e6,
        nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6,
        nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6);
  }

  private static double mean(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).average().orElseThrow();
  }
}
