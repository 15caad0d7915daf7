package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate: the spec stays compatible with the last released one, the baseline in
 * {@code openapi/baseline/}. A deliberate break means releasing a new major version and bumping the
 * baseline (see README-section.md).
 */
class SpecCompatibilityTest {

  @Test
  void theSpecIsCompatibleWithTheReleasedBaseline() {
    SpecComparison comparison = SpecComparison.of(Contract.baselineSpec(), Contract.spec());

    assertThat(comparison.breaksClients())
        .as("openapi/sigmamind.yaml breaks clients of the released spec %s:%n%s%n"
                + "If the break is intended, release it as a new major version and bump the baseline "
                + "(contract-tests/README-section.md, 'Bumping the baseline').",
            Contract.baselineSpec().getFileName(), comparison.report())
        .isFalse();
  }
}
