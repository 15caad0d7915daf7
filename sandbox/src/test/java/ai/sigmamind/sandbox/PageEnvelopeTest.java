package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunPage;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.TestRunPage;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one envelope writer answers, byte for byte, what the spec's generated envelope types write. */
class PageEnvelopeTest {
  private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-03-26T10:52:45.565Z");

  @ParameterizedTest
  @EnumSource(WireShape.class)
  void aPageOfTestRunsIsWrittenAsTestRunPage(WireShape shape) {
    Json json = new Json(shape);
    List<TestRun> runs = List.of(
        TestRun.builder().batchId("batch_1").jobId("job_1").createdDate(CREATED).completedDate(CREATED)
            .successful(true).remarks("Done.").build(),
        TestRun.builder().batchId("batch_1").jobId("job_2").createdDate(CREATED).build());
    Paging.Slice<TestRun> slice = new Paging(1, 2).slice(List.of(runs.get(0), runs.get(1), runs.get(0)));

    assertThat(json.writePage(TestRun.class, slice)).isEqualTo(json.write(TestRunPage.class, TestRunPage.builder()
        .data(slice.data()).page(1).size(2).totalCount(3L).totalPages(2).hasNext(false).hasPrevious(true).build()));
  }

  @ParameterizedTest
  @EnumSource(WireShape.class)
  void aPageOfBatchRunsIsWrittenAsBatchRunPage(WireShape shape) {
    Json json = new Json(shape);
    BatchRun batch = BatchRun.builder().batchId("batch_1").createdDate(CREATED).totalAttempts(5L).build();
    Paging.Slice<BatchRun> slice = new Paging(0, 1).slice(List.of(batch, batch));

    assertThat(json.writePage(BatchRun.class, slice)).isEqualTo(json.write(BatchRunPage.class, BatchRunPage.builder()
        .data(List.of(batch)).page(0).size(1).totalCount(2L).totalPages(2).hasNext(true).hasPrevious(false).build()));
  }
}
