package ai.sigmamind.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {
  @ParameterizedTest
  @CsvSource({
      "500ms, PT0.5S",
      "90s, PT1M30S",
      "20m, PT20M",
      "1h, PT1H",
      "1h30m, PT1H30M",
      "2m30s, PT2M30S",
      "1s500ms, PT1.5S",
      "1.5h, PT1H30M",
      "30, PT30S",
      "0.5, PT0.5S",
      "PT1M30S, PT1M30S",
      "pt20m, PT20M",
      "P1D, PT24H",
      "' 90S ', PT1M30S"})
  void readsEveryForm(String text, String iso) {
    assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "2 minutes", "30m1h", "1h1h", "1x", "h", "-5s", "PT-1S", "1e3s", "1,5s", "PT"})
  void rejectsWhatIsNotADurationNamingTheText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DurationText.parse(text))
        .withMessageStartingWith("'" + text + "' is not a")
        .withMessageContaining("500ms, 90s, 20m, 1h, 1h30m, plain seconds (30) or ISO-8601 (PT1M30S)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0s", "PT0S", "0h0m"})
  void rejectsZero(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DurationText.parse(text))
        .withMessageStartingWith("'" + text + "' is not a positive duration");
  }

  @ParameterizedTest
  @CsvSource({
      "PT3S, 3s",
      "PT1M30S, 1m30s",
      "PT2H, 2h",
      "PT0.25S, 250ms",
      "PT1H0.5S, 1h500ms",
      "PT48H, 48h",
      "PT0.0000005S, 0.0005ms",
      "PT0S, 0s",
      "PT-3S, -3s"})
  void printsDurationsAsPeopleReadThem(String iso, String text) {
    assertThat(DurationText.format(Duration.parse(iso))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT1H2M3.004S", "PT0.001S", "PT36H", "PT59M59.999S"})
  void formattedDurationsReadBack(String iso) {
    Duration duration = Duration.parse(iso);
    assertThat(DurationText.parse(DurationText.format(duration))).isEqualTo(duration);
  }
}
