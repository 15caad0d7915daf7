package ai.sigmamind.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} in both RFC 9110 forms. */
class RetryAfterTest {
  @Test
  void deltaSeconds() {
    assertThat(RetryAfter.delay("30", FakeTime.START)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.delay(" 0 ", FakeTime.START)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.delay("1.5", FakeTime.START)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void httpDate() {
    assertThat(RetryAfter.delay("Fri, 17 Apr 2026 08:01:30 GMT", FakeTime.START)).isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryAfter.delay("Fri, 17 Apr 2026 07:00:00 GMT", FakeTime.START)).isEqualTo(Duration.ZERO);
  }

  @Test
  void absentOrUnreadable() {
    assertThat(RetryAfter.delay(null, FakeTime.START)).isNull();
    assertThat(RetryAfter.delay("", FakeTime.START)).isNull();
    assertThat(RetryAfter.delay("-5", FakeTime.START)).isNull();
    assertThat(RetryAfter.delay("soon", FakeTime.START)).isNull();
  }
}
