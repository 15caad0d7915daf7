package ai.sigmamind.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxClockTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aFixedClockStandsStillUntilAdvanced() {
    SandboxClock clock = SandboxClock.fixed(START);

    assertThat(clock.instant()).isEqualTo(START);
    clock.advance(Duration.ofSeconds(90));
    clock.advance(Duration.ZERO);
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aFollowingClockAddsItsOffsetToTheBase() {
    Clock base = Clock.offset(Clock.fixed(START, ZoneOffset.UTC), Duration.ofHours(1));
    SandboxClock clock = SandboxClock.following(base);

    clock.advance(Duration.ofMinutes(5));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(65)));
  }

  @Test
  void timeNeverRunsBack() {
    assertThatThrownBy(() -> SandboxClock.fixed(START).advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aZonedViewSharesTheOffset() {
    SandboxClock clock = SandboxClock.fixed(START);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofHours(2));

    assertThat(paris.instant()).isEqualTo(START.plus(Duration.ofHours(2)));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
