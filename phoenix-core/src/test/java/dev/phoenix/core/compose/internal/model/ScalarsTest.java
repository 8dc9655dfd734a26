package dev.phoenix.core.compose.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The scalar forms of the canonical tree: Go durations, byte sizes, octal modes. */
class ScalarsTest {
  @ParameterizedTest
  @CsvSource({
      "10s, 10000000000", "1m0s, 60000000000", "1m30s, 90000000000", "1h30m, 5400000000000", "1.5s, 1500000000",
      "500ms, 500000000", "10us, 10000", "10\u00b5s, 10000", "10\u03bcs, 10000", "100ns, 100", "1d, 86400000000000",
      "1w, 604800000000000", "0, 0", "-5s, -5000000000", "+5s, 5000000000", ".5s, 500000000", "1.s, 1000000000",
      "1h2m3.004s, 3723004000000", "2m0s, 120000000000"})
  void goDurations(String text, long nanos) {
    assertThat(Scalars.parseDuration(text)).isEqualTo(Duration.ofNanos(nanos));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "s", "1x", "1 s", "-", "..5s", "1.2.3s", "10S", "99999999999999999999h"})
  void notDurations(String text) {
    assertThat(Scalars.parseDuration(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "52428800, 52428800", "-1, -1", "0, 0", "512m, 536870912", "512M, 536870912", "1.5GB, 1610612736",
      "20 KiB, 20480", "10k, 10240", "1b, 1", "2g, 2147483648", "1kb, 1024", "1t, 1099511627776"})
  void byteSizes(String text, long bytes) {
    assertThat(Scalars.parseBytes(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "10x", "m", "-5m", "1..5m", "5mm"})
  void notByteSizes(String text) {
    assertThat(Scalars.parseBytes(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"0440, 288", "440, 288", "0o755, 493", "0, 0", "01777, 1023"})
  void octalModes(String text, int mode) {
    assertThat(Scalars.parseOctal(text)).isEqualTo(mode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "8", "0x1F", "rw", "0o", "-1"})
  void notOctalModes(String text) {
    assertThat(Scalars.parseOctal(text)).isNull();
  }
}
