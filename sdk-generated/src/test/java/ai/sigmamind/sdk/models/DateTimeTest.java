package ai.sigmamind.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date-times: the API's UTC shapes on the fast path, other offsets through the formatter. */
class DateTimeTest {

  private static OffsetDateTime created(String text) {
    return Json.decode(TestRun.class, "{\"batchId\":\"b\",\"jobId\":\"j\",\"createdDate\":\"" + text + "\"}").createdDate();
  }

  @ParameterizedTest
  @CsvSource({
      "2023-11-07T05:31:56Z, 0",
      "2026-03-26T10:52:45.5Z, 500000000",
      "2026-03-26T10:52:45.565Z, 565000000",
      "2026-03-26T10:52:45.000001Z, 1000",
      "2026-03-26T10:52:45.123456789Z, 123456789",
  })
  void readsUtcWithAnyFractionAsTheFormatterWould(String text, int nanos) {
    OffsetDateTime parsed = created(text);
    assertThat(parsed).isEqualTo(OffsetDateTime.parse(text));
    assertThat(parsed.getNano()).isEqualTo(nanos);
    assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-26T12:52:45+02:00", "2026-03-26T05:52:45.5-05:00", "2026-03-26T10:52:45+00:00"})
  void readsOtherOffsetsThroughTheFormatter(String text) {
    assertThat(created(text)).isEqualTo(OffsetDateTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-13-07T05:31:56Z", "2023-02-30T05:31:56Z", "2023-11-07T24:31:56Z",
      "2023-11-07T05:31:56.1234567890Z", "2023-11-07 05:31:56Z", "2023-11-07T05:31:5xZ", "2023-11-07",
      "2023-11-07T05:31:56", "yesterday"})
  void refusesWhatIsNoDateTime(String text) {
    assertThatThrownBy(() -> created(text))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected an ISO-8601 date-time but was '" + text + "' at path $.createdDate");
  }
}
