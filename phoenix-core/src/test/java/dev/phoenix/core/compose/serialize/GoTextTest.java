package dev.phoenix.core.compose.serialize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Go's text forms, checked against what Go prints. */
class GoTextTest {
  @ParameterizedTest
  @CsvSource({
      "0, 0s", "1, 1ns", "999, 999ns", "1000, 1\u00b5s", "1500, 1.5\u00b5s", "1000000, 1ms", "1500000, 1.5ms",
      "1000000000, 1s", "1500000000, 1.5s", "60000000000, 1m0s", "90000000000, 1m30s", "3600000000000, 1h0m0s",
      "93784005000000, 26h3m4.005s", "-1500000000, -1.5s", "10000000001, 10.000000001s"})
  void durationsAsGoPrintsThem(long nanos, String expected) {
    assertThat(GoText.duration(Duration.ofNanos(nanos))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "0.001, 0.001", "0.0001, 0.0001", "0.00001, 1e-05", "1000000, 1e+06", "100000, 100000", "1.5, 1.5",
      "50, 50", "1e21, 1e+21", "123456.789, 123456.789", "-2.5, -2.5", "0.3, 0.3", "12345678, 1.2345678e+07",
      "0.1234, 0.1234"})
  void yamlFloatsAsStrconvFormatsThem(double value, String expected) {
    assertThat(GoText.yamlFloat(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "0.0000001, 1e-7", "0.000001, 0.000001", "1e21, 1e+21", "1e20, 100000000000000000000", "50, 50",
      "0.3, 0.3", "1.5e-10, 1.5e-10", "-0.0001, -0.0001"})
  void jsonFloatsAsEncodingJsonFormatsThem(double value, String expected) {
    assertThat(GoText.jsonFloat(value)).isEqualTo(expected);
  }

  @Test
  void specialFloats() {
    assertThat(GoText.yamlFloat(Double.NaN)).isEqualTo(".nan");
    assertThat(GoText.yamlFloat(Double.NEGATIVE_INFINITY)).isEqualTo("-.inf");
    assertThatThrownBy(() -> GoText.jsonFloat(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void goYamlSortsKeysNaturally() {
    List<String> keys = new ArrayList<>(List.of("a10", "aB", "a9", "B", "a_", "a", "x-foo", "A.b", "A_b", "1", "10",
        "2"));
    keys.sort(GoText.YAML_KEY_ORDER);

    assertThat(keys).containsExactly("1", "2", "10", "A.b", "A_b", "B", "a", "a_", "a9", "a10", "aB", "x-foo");
  }

  @Test
  void encodingJsonSortsKeysByBytes() {
    List<String> keys = new ArrayList<>(List.of("a10", "aB", "a9", "B", "a_", "\uffff", "\ud83d\udc33"));
    keys.sort(GoText.BYTE_ORDER);

    assertThat(keys).containsExactly("B", "a10", "a9", "aB", "a_", "\uffff", "\ud83d\udc33");
  }
}
