package ai.sigmamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Smoke test: both cold-start children's calls work (here in-process, not timed). */
class ColdStartTest {

  @Test
  void bothKindsOfFirstCallFetchTheSeed() {
    try (FixedPayloadServer server = FixedPayloadServer.start(FixedPayloadServer.PAGE_SIZE)) {
      assertThat(ColdStart.firstCall("sdk", server.baseUrl()).successful()).isTrue();
      assertThat(ColdStart.firstCall("raw", server.baseUrl()).successful()).isTrue();
    }
  }
}
