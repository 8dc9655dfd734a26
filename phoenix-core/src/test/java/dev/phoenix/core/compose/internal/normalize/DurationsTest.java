package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({
      "10s, 10s",
      "60s, 1m0s",
      "120s, 2m0s",
      "90s, 1m30s",
      "1.5s, 1.5s",
      "1m30s, 1m30s",
      "1h, 1h0m0s",
      "1d, 24h0m0s",
      "1w, 168h0m0s",
      "500ms, 500ms",
      "1500us, 1.5ms",
      "1500µs, 1.5ms",
      "999ns, 999ns",
      "0, 0s",
      "0s, 0s",
      "-1.5h, -1h30m0s",
      "+5s, 5s",
      ".5s, 500ms",
      "1h15m30.918273645s, 1h15m30.918273645s",
  })
  void parsesAndRendersLikeGo(String text, String expected) {
    assertThat(Durations.format(Durations.parse(text))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "10;     time: missing unit in duration \"10\"",
      "10x;    time: unknown unit \"x\" in duration \"10x\"",
      "'';     time: invalid duration \"\"",
      "s;      time: invalid duration \"s\"",
      ".s;     time: invalid duration \".s\"",
      "1.2.3s; time: missing unit in duration \"1.2.3s\"",
  })
  void rejectsWhatGoRejects(String text, String message) {
    assertThatThrownBy(() -> Durations.parse(text)).hasMessage(message.strip());
  }
}
