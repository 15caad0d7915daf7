package ai.sigmamind.sdk;

import static ai.sigmamind.sdk.Fixtures.AGENT_ID;
import static ai.sigmamind.sdk.Fixtures.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.CreateTestCaseRequest;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paper cuts of a first hour with the SDK, each shown gone. */
class SdkErgonomicsTest {
  private static TestRun run(String json) throws IOException {
    return (TestRun) Json.decode(json, TestRun.class);
  }

  @Test
  void integerFieldsTakeAnInt() {
    CreateTestCaseRequest request = CreateTestCaseRequest.builder()
        .agentId(AGENT_ID).userPrompt("You are a customer.").successCriteria("Agent helps.")
        .attempt(3)
        .build();

    assertThat(request.attempt()).isEqualTo(3L);
    assertThat(UpdateTestCaseRequest.builder().agentId(AGENT_ID).attempt(2).build().attempt()).isEqualTo(2L);
  }

  @Test
  void mockDataTakesAMapInItsOrder() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("customer_name", "John Doe");
    values.put("account_status", "active");

    CreateTestCaseRequest request = CreateTestCaseRequest.builder()
        .agentId(AGENT_ID).userPrompt("You are a customer.").successCriteria("Agent helps.")
        .mockData(values)
        .build();

    assertThat(request.mockData()).containsExactly(
        MockDataVariable.builder().variableName("customer_name").value("John Doe").build(),
        MockDataVariable.builder().variableName("account_status").value("active").build());
    assertThat(UpdateTestCaseRequest.builder().agentId(AGENT_ID).mockData(Map.of()).build().hasMockData()).isTrue();
    assertThatIllegalStateException().isThrownBy(
        () -> UpdateTestCaseRequest.builder().mockData(Collections.singletonMap("customer_name", null)));
  }

  @Test
  void aRunInProgressHasAPendingVerdictNotANullOne() throws IOException {
    TestRun inProgress = run(Fixtures.testRun("job_1", "tc_1", null, ""));

    assertThat(inProgress.successful()).isNull();
    assertThat(inProgress.verdict()).isEqualTo(TestRun.Verdict.PENDING);
    assertThat(inProgress.passed()).isFalse();
    assertThat(run(Fixtures.testRun("job_2", "tc_1", true, "")).verdict()).isEqualTo(TestRun.Verdict.PASSED);
    assertThat(run(Fixtures.testRun("job_3", "tc_1", false, "")).passed()).isFalse();
    assertThat(run(Fixtures.seedTestRun()).passed()).isTrue();
  }

  @Test
  void thePassRatePrintsAsAPercentage() {
    assertThat(PassRate.of(1, 0)).hasToString("100.0%");
    assertThat(PassRate.of(7, 2)).hasToString("77.8%");
    assertThat(PassRate.of(0, 0)).hasToString("n/a");
    assertThat("pass rate " + PassRate.of(1, 1)).isEqualTo("pass rate 50.0%");
    assertThat(PassRate.of(0, 0).orElse(0)).isZero();
  }

  @Test
  void theTableNamesTheTestCaseOnTheSeedWireShape() throws IOException {
    BatchRun batch = (BatchRun) Json.decode(Fixtures.batchRun(BATCH_ID, 1, 0, 1), BatchRun.class);
    BatchReport report = BatchReport.of(batch, List.of(run(Fixtures.seedTestRun())));

    assertThat(report.passRate()).hasToString("100.0%");
    assertThat(report.toTable()).contains(
        "TEST CASE            LABEL                PASSED  FAILED  PENDING  PASS RATE\n"
            + "tc_d17T6uReChpyfFeP  tc_d17T6uReChpyfFeP       1       0        0     100.0%\n");
  }
}
