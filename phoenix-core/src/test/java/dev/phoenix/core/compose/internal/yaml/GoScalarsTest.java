package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Go's fmt.Sprint of decoded scalars. */
class GoScalarsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "1.0, 1", "1e21, 1e+21", "0.3, 0.3", "1.0E-5, 1e-05", "123456789.0, 1.23456789e+08",
      "100000.0, 100000", "1000000.0, 1e+06", "1234567.0, 1.234567e+06", "0.0001, 0.0001", "0.00012, 0.00012",
      "-2.5, -2.5", "12345.678, 12345.678", "0.002, 0.002", "2e-3, 0.002", "1e100, 1e+100", "1.5e300, 1.5e+300",
      "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "0.30000000000000004, 0.30000000000000004",
      "1e23, 1e+23", "2e23, 2e+23", "9007199254740993, 9.007199254740992e+15", "-0.0, -0", "0.0, 0", "42.0, 42",
      "-1e-7, -1e-07", "0.1, 0.1", "100.5, 100.5"})
  void floatsAsGoPrintsThem(double value, String expected) {
    assertThat(GoScalars.format(value)).isEqualTo(expected);
  }

  @Test
  void otherScalars() {
    assertThat(GoScalars.format(Double.NaN)).isEqualTo("NaN");
    assertThat(GoScalars.format(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(GoScalars.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    assertThat(GoScalars.format(42L)).isEqualTo("42");
    assertThat(GoScalars.format(-7)).isEqualTo("-7");
    assertThat(GoScalars.format(true)).isEqualTo("true");
    assertThat(GoScalars.format(false)).isEqualTo("false");
    assertThat(GoScalars.format("x y")).isEqualTo("x y");
    assertThat(GoScalars.format(null)).isNull();
    assertThatThrownBy(() -> GoScalars.format(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodedValuesRoundTrip() {
    List<?> values = (List<?>) ComposeYaml.read("v: [1.0, 1e21, 0755, .5, true, ~, 2.50]\n", "c.yaml").get(0).get("v");
    assertThat(values.stream().map(GoScalars::format))
        .containsExactly("1", "1e+21", "493", "0.5", "true", null, "2.5");
  }
}
