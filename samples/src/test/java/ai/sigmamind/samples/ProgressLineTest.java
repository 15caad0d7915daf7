package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.models.BatchRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void onATerminalTheLineIsRedrawnInPlaceAndEndedOnce() {
    ProgressLine line = new ProgressLine(out, true);

    line.accept(progress(0, 0, 0));
    line.accept(progress(0, 1, 2));
    line.accept(progress(1, 1, 2));
    line.finish();
    line.finish();

    assertThat(text()).isEqualTo("\r  waiting for the batch to plan its runs"
        + "\r  1/2 runs judged (0 passed, 1 failed)  "
        + "\r  2/2 runs judged (1 passed, 1 failed)" + System.lineSeparator());
  }

  @Test
  void elsewhereEachChangeIsAPlainLine() {
    ProgressLine line = new ProgressLine(out, false);

    line.accept(progress(1, 0, 2));
    line.accept(progress(1, 1, 2));
    line.finish();

    assertThat(text()).isEqualTo("  1/2 runs judged (1 passed, 0 failed)" + System.lineSeparator()
        + "  2/2 runs judged (1 passed, 1 failed)" + System.lineSeparator());
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static BatchProgress progress(long successful, long failed, long total) {
    return BatchProgress.of(BatchRun.builder().batchId("batch_1")
        .successfulAttempts(successful).failedAttempts(failed).totalAttempts(total).build());
  }
}
