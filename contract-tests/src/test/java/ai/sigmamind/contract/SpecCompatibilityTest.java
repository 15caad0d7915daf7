package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate: the spec stays compatible with the last released one, the baseline in
 * {@code openapi/baseline/}. A deliberate break means releasing a new major version and bumping the
 * baseline (see docs/contracts.md, "Bumping the baseline").
 */
class SpecCompatibilityTest {

  @Test
  void theSpecIsCompatibleWithTheReleasedBaseline() {
    SpecComparison comparison = SpecComparison.of(Contract.baselineSpec(), Contract.spec());

    assertThat(comparison.breaksClients())
        .as("openapi/sigmamind.yaml breaks clients of the released spec %s:%n%s%n"
                + "If the break is intended, release it as a new major version and bump the baseline "
                + "(docs/contracts.md, 'Bumping the baseline').",
            Contract.baselineSpec().getFileName(), comparison.report())
        .isFalse();
  }

  /** A bumped baseline is a copy of a released spec: its file name says which release. */
  @Test
  void theBaselineIsNamedForTheReleaseItRecords() throws IOException {
    String version = new ObjectMapper(new YAMLFactory()).readTree(Contract.baselineSpec().toFile())
        .path("info").path("version").asText();

    assertThat(Contract.baselineSpec().getFileName()).hasToString("sigmamind-" + version + ".yaml");
  }
}
