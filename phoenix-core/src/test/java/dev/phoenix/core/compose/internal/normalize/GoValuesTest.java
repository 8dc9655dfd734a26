package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoValuesTest {
  @ParameterizedTest
  @CsvSource({
      "1.0, 1",
      "0.5, 0.5",
      "1.5, 1.5",
      "100000.0, 100000",
      "1000000.0, 1e+06",
      "1234567.0, 1.234567e+06",
      "1e21, 1e+21",
      "0.0001, 0.0001",
      "0.00001, 1e-05",
      "-2.5, -2.5",
      "0.1, 0.1",
      "3.14159, 3.14159",
      "123456.789, 123456.789",
  })
  void floatsPrintLikeGoFmtSprint(double value, String expected) {
    assertThat(GoValues.sprint(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"42, 42", "true, true"})
  void otherScalarsPrintAsText(String value, String expected) {
    Object scalar = value.equals("true") ? (Object) Boolean.TRUE : (Object) Long.valueOf(value);
    assertThat(GoValues.sprint(scalar)).isEqualTo(expected);
  }
}
