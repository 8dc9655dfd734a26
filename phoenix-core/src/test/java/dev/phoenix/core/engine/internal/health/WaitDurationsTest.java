package dev.phoenix.core.engine.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The durations a timeout message quotes. */
class WaitDurationsTest {

  @Test
  void writesTheShortForm() {
    assertThat(WaitDurations.format(Duration.ofMinutes(2))).isEqualTo("2m");
    assertThat(WaitDurations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(WaitDurations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(WaitDurations.format(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(WaitDurations.format(Duration.ofHours(1).plusSeconds(5))).isEqualTo("1h5s");
    assertThat(WaitDurations.format(Duration.ofMillis(-3))).isEqualTo("0ms");
  }
}
