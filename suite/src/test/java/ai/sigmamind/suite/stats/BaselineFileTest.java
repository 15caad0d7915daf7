package ai.sigmamind.suite.stats;

import static ai.sigmamind.suite.stats.Runs.caseRun;
import static ai.sigmamind.suite.stats.Runs.suiteRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("demo.baseline.yaml"), yaml);
  }

  @Test
  void writesOneReviewableBlockPerCase() {
    Baseline baseline = Baseline.record(suiteRun("batch_1", caseRun("Refund request", "FP"), caseRun("Cancel", "P")));

    assertThat(BaselineFile.toYaml(baseline)).isEqualTo("""
        # Recorded pass rates of a SigmaMind suite, the reference its gate compares new runs with.
        format: 1
        suite: demo-agent
        cases:
        - label: Refund request
          attempts: 2
          passes: 1
          batchId: batch_1
          recordedAt: '2026-12-01T10:15:30Z'
          passing:
            attempt: 2
            remarks: Met the criteria.
            transcript: |-
              user: help Refund request
              agent: attempt 2
          failing:
            attempt: 1
            remarks: Missed the criteria.
            transcript: |-
              user: help Refund request
              agent: attempt 1
        - label: Cancel
          attempts: 1
          passes: 1
          batchId: batch_1
          recordedAt: '2026-12-01T10:15:30Z'
          passing:
            attempt: 1
            remarks: Met the criteria.
            transcript: |-
              user: help Cancel
              agent: attempt 1
        """);
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Baseline baseline = Baseline.record(suiteRun("batch_1", caseRun("Refund: \"quoted\" #1", "FPP"),
        new CaseRun("Odd text", List.of(new Attempt(1, false, "line with trailing space \nnext\n\n", "123")))));
    Path file = dir.resolve("demo.baseline.yaml");

    BaselineFile.write(file, baseline);

    assertThat(BaselineFile.read(file)).isEqualTo(baseline);
  }

  @Test
  void cutsLongTranscriptsToKeepTheFileSmall() {
    TranscriptExcerpt excerpt = new TranscriptExcerpt(1, "ok", "x".repeat(10_000));

    assertThat(excerpt.transcript()).hasSize(TranscriptExcerpt.MAX_TRANSCRIPT_CHARS).endsWith(" […]");
  }

  @Test
  void reRecordingSomeCasesKeepsTheOthers() {
    Baseline first = Baseline.record(suiteRun("batch_1", caseRun("A", "P"), caseRun("B", "F")));
    SuiteRun rerun = new SuiteRun("demo-agent", "batch_2", Instant.parse("2026-12-02T00:00:00Z"),
        List.of(caseRun("B", "PP"), caseRun("C", "P")));

    Baseline updated = first.updatedWith(rerun);

    assertThat(updated.cases()).extracting(BaselineCase::label).containsExactly("A", "B", "C");
    assertThat(updated.find("A").orElseThrow().batchId()).isEqualTo("batch_1");
    assertThat(updated.find("B").orElseThrow().result()).isEqualTo(PassRate.of(2, 2));
    assertThat(updated.find("B").orElseThrow().batchId()).isEqualTo("batch_2");
  }

  @Test
  void ignoresFieldsItDoesNotKnow() throws IOException {
    Path file = write("""
        format: 1
        suite: demo-agent
        addedLater: true
        cases:
        - label: Refund
          attempts: 4
          passes: 3
          batchId: batch_1
          recordedAt: 2026-12-01T10:15:30Z
          judgeModel: gpt-5
        """);

    Baseline baseline = BaselineFile.read(file);

    assertThat(baseline.find("Refund").orElseThrow().result()).isEqualTo(PassRate.of(3, 4));
    assertThat(baseline.find("Refund").orElseThrow().passing()).isNull();
  }

  @Test
  void namesTheLineOfAnImpossibleCount() throws IOException {
    Path file = write("""
        format: 1
        suite: demo-agent
        cases:
        - label: Refund
          attempts: 4
          passes: 5
          batchId: batch_1
          recordedAt: 2026-12-01T10:15:30Z
        """);

    assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(BaselineFormatException.class)
        .hasMessage(file + ":6: case 'Refund': passes (5) must be from 0 to attempts (4)");
  }

  @Test
  void namesMissingFieldsAndBadValues() throws IOException {
    Path missing = write("format: 1\nsuite: demo-agent\ncases:\n- label: Refund\n  attempts: 4\n");
    assertThatThrownBy(() -> BaselineFile.read(missing)).hasMessage(missing + ":4: case 'Refund': 'passes' is missing");

    Path notANumber = write("format: 1\nsuite: demo-agent\ncases:\n- label: Refund\n  attempts: four\n");
    assertThatThrownBy(() -> BaselineFile.read(notANumber))
        .hasMessage(notANumber + ":5: case 'Refund': 'attempts' must be a whole number, found 'four'");

    Path badDate = write("format: 1\nsuite: s\ncases:\n- {label: R, attempts: 1, passes: 1, batchId: b, recordedAt: yesterday}\n");
    assertThatThrownBy(() -> BaselineFile.read(badDate)).hasMessageContaining(":4: case 'R': 'recordedAt' must be an ISO-8601 instant");
  }

  @Test
  void refusesAFormatFromTheFutureAndBrokenYaml() throws IOException {
    Path future = write("format: 2\nsuite: demo-agent\ncases: []\n");
    assertThatThrownBy(() -> BaselineFile.read(future)).hasMessage(future + ":1: format 2 is not one this version reads (1)");

    Path broken = write("format: 1\nsuite: [demo\n");
    assertThatThrownBy(() -> BaselineFile.read(broken)).isInstanceOf(BaselineFormatException.class)
        .hasMessageContaining("invalid YAML");

    Path empty = write("");
    assertThatThrownBy(() -> BaselineFile.read(empty)).hasMessage(empty + ": baseline file is empty");

    Path duplicate = write("format: 1\nsuite: s\ncases:\n- {label: R, attempts: 1, passes: 1, batchId: b, recordedAt: '2026-12-01T00:00:00Z'}\n"
        + "- {label: R, attempts: 1, passes: 1, batchId: b, recordedAt: '2026-12-01T00:00:00Z'}\n");
    assertThatThrownBy(() -> BaselineFile.read(duplicate)).hasMessage(duplicate + ":1: test case label 'R' appears twice in the baseline");
  }

  @Test
  void aYamlTagNamingAJavaClassIsRefused() throws IOException {
    Path file = write("format: 1\nsuite: !!java.io.File /etc\ncases: []\n");

    assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(BaselineFormatException.class)
        .hasMessage(file + ":2: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File");
  }
}
