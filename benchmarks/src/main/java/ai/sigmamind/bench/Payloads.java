package ai.sigmamind.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fixed payloads every benchmark serves or decodes. */
public final class Payloads {
  private Payloads() {
  }

  /** The seed's {@code GET /v1/test-runs/{jobId}} response, verbatim. */
  public static byte[] seedTestRun() {
    return resource("seed-test-run.json");
  }

  private static byte[] resource(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
