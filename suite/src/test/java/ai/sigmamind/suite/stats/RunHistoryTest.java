package ai.sigmamind.suite.stats;

import static ai.sigmamind.suite.stats.Runs.caseRun;
import static ai.sigmamind.suite.stats.Runs.suiteRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
  @TempDir
  Path dir;

  @Test
  void appendsOneJsonLinePerRun() throws IOException {
    Path file = dir.resolve("demo.history.jsonl");

    RunHistory.append(file, suiteRun("batch_1", caseRun("Refund", "PPF"), caseRun("Cancel", "P")));
    RunHistory.append(file, suiteRun("batch_2", caseRun("Refund", "PPP")));

    assertThat(Files.readAllLines(file)).containsExactly(
        "{\"batchId\":\"batch_1\",\"date\":\"2026-12-01T10:15:30Z\",\"cases\":[{\"label\":\"Refund\",\"attempts\":3,\"passes\":2},"
            + "{\"label\":\"Cancel\",\"attempts\":1,\"passes\":1}]}",
        "{\"batchId\":\"batch_2\",\"date\":\"2026-12-01T10:15:30Z\",\"cases\":[{\"label\":\"Refund\",\"attempts\":3,\"passes\":3}]}");
    RunHistory history = RunHistory.read(file);
    assertThat(history.runs()).extracting(RunHistory.Run::batchId).containsExactly("batch_1", "batch_2");
    assertThat(history.runs().get(0).cases()).containsEntry("Refund", PassRate.of(2, 3)).containsEntry("Cancel", PassRate.of(1, 1));
  }

  @Test
  void noFileIsAnEmptyHistory() throws IOException {
    assertThat(RunHistory.read(dir.resolve("none.jsonl")).runs()).isEmpty();
  }

  @Test
  void listsTheCasesWhoseVerdictFlipsMost() {
    RunHistory history = new RunHistory(List.of(
        RunHistory.Run.of(suiteRun("b1", caseRun("Flipper", "P"), caseRun("Mixed", "PF"), caseRun("Steady", "P"))),
        RunHistory.Run.of(suiteRun("b2", caseRun("Flipper", "F"), caseRun("Mixed", "PP"), caseRun("Steady", "P"))),
        RunHistory.Run.of(suiteRun("b3", caseRun("Flipper", "P"), caseRun("Mixed", "PP"), caseRun("Steady", "P")))));

    assertThat(history.flakiest(10)).containsExactly(
        new FlakyCase("Flipper", 3, 2, 0, PassRate.of(2, 3)),
        new FlakyCase("Mixed", 3, 1, 1, PassRate.of(5, 6)));
    assertThat(history.flakiest(1)).extracting(FlakyCase::label).containsExactly("Flipper");
  }

  @Test
  void skipsUnknownFieldsAndNamesTheLineOfABrokenOne() throws IOException {
    Path file = dir.resolve("h.jsonl");
    Files.writeString(file, "{\"batchId\":\"b1\",\"date\":\"2026-12-01T10:15:30Z\",\"agent\":\"x\",\"cases\":"
        + "[{\"label\":\"R\",\"attempts\":2,\"passes\":1,\"note\":[1]}]}\n\n{\"batchId\":\"b2\"\n");

    assertThatThrownBy(() -> RunHistory.read(file)).isInstanceOf(BaselineFormatException.class)
        .hasMessageStartingWith(file + ":3: not a history line");

    Files.writeString(file, "{\"batchId\":\"b1\",\"date\":\"2026-12-01T10:15:30Z\",\"agent\":\"x\",\"cases\":"
        + "[{\"label\":\"R\",\"attempts\":2,\"passes\":1,\"note\":[1]}]}\n{\"batchId\":\"b2\"}\n");
    assertThatThrownBy(() -> RunHistory.read(file)).hasMessage(file + ":2: a history line needs batchId, date and cases");
  }
}
