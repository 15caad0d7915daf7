package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The breaking-change gate can fail: breaking changes made to a temporary copy of the spec fail it, and its report names them. */
class BrokenSpecFailsTheGateTest {
  @TempDir
  Path directory;

  /** The pact-breaking changes, and one the pact cannot see (the SDK always sends {@code size}) but other clients would. */
  static Stream<SpecMutation> breakingChanges() {
    return Stream.concat(SpecMutation.breakingThePact().stream(), Stream.of(SpecMutation.requireParameter("SizeQuery", "size")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingChanges")
  void theGateFailsAndItsReportNamesTheChange(SpecMutation change) {
    Path broken = change.applyTo(Contract.spec(), directory);

    SpecComparison comparison = SpecComparison.of(Contract.spec(), broken);

    assertThat(comparison.breaksClients()).as(comparison.report()).isTrue();
    assertThat(comparison.report()).contains(change.culprit());
  }
}
