package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models cannot change after build(), and build() names what is missing. */
class ImmutableModelTest {

  @Test
  void buildNamesTheMissingRequiredField() {
    assertThatThrownBy(() -> CreateTestCaseRequest.builder().agentId("a").userPrompt("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Missing required field CreateTestCaseRequest.successCriteria");
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> ids = new ArrayList<>(List.of("tc_1"));
    CreateBatchRunRequest request = CreateBatchRunRequest.builder().agentId("a").testCases(ids).build();
    ids.add("tc_2");
    assertThat(request.testCases()).containsExactly("tc_1");
    assertThatThrownBy(() -> request.testCases().add("tc_3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderKeepsNoHoldOnWhatItBuilt() {
    CreateBatchRunRequest.Builder builder = CreateBatchRunRequest.builder().agentId("a").addTestCasesItem("tc_1");
    CreateBatchRunRequest first = builder.build();
    builder.addTestCasesItem("tc_2");
    assertThat(first.testCases()).containsExactly("tc_1");
    assertThat(builder.build().testCases()).containsExactly("tc_1", "tc_2");
  }

  @Test
  void toBuilderDerivesAChangedCopy() {
    TestCase original = TestCase.builder().testCaseId("tc_1").attempt(1L).build();
    TestCase changed = original.toBuilder().attempt(2L).build();
    assertThat(original.attempt()).isEqualTo(1L);
    assertThat(changed.attempt()).isEqualTo(2L);
    assertThat(changed.testCaseId()).isEqualTo("tc_1");
    assertThat(changed).isNotEqualTo(original);
  }

  @Test
  void nullListElementsAreRefusedByName() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> CreateBatchRunRequest.builder().agentId("a").testCases(withNull).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("CreateBatchRunRequest.testCases[0] is null");
  }
}
