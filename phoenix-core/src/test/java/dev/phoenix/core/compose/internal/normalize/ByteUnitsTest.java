package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteUnitsTest {
  @ParameterizedTest
  @CsvSource({
      "50M, 52428800",
      "20M, 20971520",
      "512m, 536870912",
      "1g, 1073741824",
      "1.5g, 1610612736",
      "1GiB, 1073741824",
      "2kb, 2048",
      "2 KB, 2048",
      "100, 100",
      "100b, 100",
      "1t, 1099511627776",
      "1p, 1125899906842624",
      "0.5k, 512",
  })
  void readsBinaryUnitsLikeGoUnits(String text, long expected) {
    assertThat(ByteUnits.ramInBytes(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "abc;    invalid size: 'abc'",
      "-1m;    invalid size: '-1m'",
      "10x;    invalid suffix: 'x'",
      "10mbb;  invalid suffix: 'mbb'",
      "10mx;   invalid suffix: 'mx'",
      "1.2.3m; invalid size: '1.2.3m'",
  })
  void rejectsWhatGoUnitsRejects(String text, String message) {
    assertThatThrownBy(() -> ByteUnits.ramInBytes(text)).hasMessage(message.strip());
  }
}
