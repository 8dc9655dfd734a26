package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scalars typed as go-yaml v3 types them (COMPOSE-NOTES section 4), plain, quoted and tagged. */
class ScalarResolutionTest {

  static Stream<Arguments> plainScalars() {
    return Stream.of(
        // YAML 1.1 booleans are strings for Compose; only three spellings of true/false are booleans.
        Arguments.of("yes", "yes"), Arguments.of("no", "no"), Arguments.of("on", "on"), Arguments.of("off", "off"),
        Arguments.of("y", "y"), Arguments.of("n", "n"), Arguments.of("Yes", "Yes"), Arguments.of("OFF", "OFF"),
        Arguments.of("true", true), Arguments.of("True", true), Arguments.of("TRUE", true),
        Arguments.of("false", false), Arguments.of("False", false), Arguments.of("FALSE", false),
        Arguments.of("tRUE", "tRUE"),
        // Ports: never base 60.
        Arguments.of("22:22", "22:22"), Arguments.of("80:80", "80:80"), Arguments.of("8080:80", "8080:80"),
        Arguments.of("12:30:00", "12:30:00"),
        // Go integers, base 0.
        Arguments.of("0755", 493L), Arguments.of("0o755", 493L), Arguments.of("0O755", 493L),
        Arguments.of("0x1F", 31L), Arguments.of("0X1f", 31L), Arguments.of("0b101", 5L), Arguments.of("-0b101", -5L),
        Arguments.of("-0x1F", -31L), Arguments.of("+0x1F", 31L), Arguments.of("-0755", -493L),
        Arguments.of("1_000", 1000L), Arguments.of("1__000_", 1000L), Arguments.of("0x_1F", 31L), Arguments.of("+12", 12L),
        Arguments.of("0", 0L), Arguments.of("-0", 0L), Arguments.of("00", 0L), Arguments.of("0_7", 7L), Arguments.of("42", 42L),
        Arguments.of("9223372036854775807", Long.MAX_VALUE), Arguments.of("-9223372036854775808", Long.MIN_VALUE),
        // Out of int64: a uint64 in Go, here its nearest double; past uint64 a float, as in go-yaml.
        Arguments.of("9223372036854775808", 9.223372036854775808e18),
        Arguments.of("0xFFFFFFFFFFFFFFFF", 1.8446744073709552e19),
        Arguments.of("99999999999999999999", 1e20), Arguments.of("-9223372036854775809", -9.223372036854775809e18),
        Arguments.of("0x1FFFFFFFFFFFFFFFF", "0x1FFFFFFFFFFFFFFFF"),
        // Octal digits out of range fall through to the float pattern.
        Arguments.of("08", 8.0), Arguments.of("0789", 789.0),
        Arguments.of("0x", "0x"), Arguments.of("0b", "0b"), Arguments.of("0b2", "0b2"), Arguments.of("0o8", "0o8"),
        Arguments.of("+", "+"), Arguments.of("123abc", "123abc"), Arguments.of("1,000", "1,000"),
        // Floats.
        Arguments.of("1.10", 1.1), Arguments.of("1e3", 1000.0), Arguments.of("1E3", 1000.0), Arguments.of("1.5e-3", 0.0015),
        Arguments.of("0.3", 0.3), Arguments.of("1.", 1.0), Arguments.of("+.5", 0.5), Arguments.of("-1.e2", -100.0),
        Arguments.of("1_0.5", 10.5), Arguments.of(".5", 0.5), Arguments.of(".5e1", 5.0), Arguments.of(".5_5", 0.55),
        Arguments.of("._5", "._5"), Arguments.of(".5_", ".5_"), Arguments.of(".e1", ".e1"), Arguments.of(".", "."),
        Arguments.of(".inf", Double.POSITIVE_INFINITY), Arguments.of(".Inf", Double.POSITIVE_INFINITY),
        Arguments.of("+.INF", Double.POSITIVE_INFINITY), Arguments.of("-.inf", Double.NEGATIVE_INFINITY),
        Arguments.of(".nan", Double.NaN), Arguments.of(".NaN", Double.NaN), Arguments.of(".NAN", Double.NaN),
        Arguments.of("1e400", "1e400"), Arguments.of("1e-400", 0.0), Arguments.of("1e", "1e"), Arguments.of("1.2.3", "1.2.3"),
        Arguments.of("0x1p-2", "0x1p-2"), Arguments.of("NaN", "NaN"), Arguments.of("Infinity", "Infinity"),
        Arguments.of("inf", "inf"),
        // Nulls.
        Arguments.of("~", null), Arguments.of("null", null), Arguments.of("Null", null), Arguments.of("NULL", null),
        Arguments.of("nULL", "nULL"),
        // Everything else.
        Arguments.of("2001-12-14", "2001-12-14"), Arguments.of("2001-12-14T21:59:43.10-05:00", "2001-12-14T21:59:43.10-05:00"),
        Arguments.of("02:42:ac:11:65:43", "02:42:ac:11:65:43"), Arguments.of("<<", "<<"), Arguments.of("${FOO}", "${FOO}"),
        Arguments.of("redis:7", "redis:7"), Arguments.of("50M", "50M"), Arguments.of("10s", "10s"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainScalars")
  void plainScalarsResolveLikeGoYaml(String text, Object expected) {
    assertThat(value("v: " + text + "\n")).isEqualTo(expected);
  }

  @Test
  void emptyValueIsNull() {
    YamlMap map = read("v:\nw: \n");
    assertThat(map).containsEntry("v", null).containsEntry("w", null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainScalars")
  void quotedScalarsAreAlwaysStrings(String text, Object ignored) {
    String single = "'" + text.replace("'", "''") + "'";
    assertThat(value("v: " + single + "\n")).isEqualTo(text);
    assertThat(value("v: \"" + text + "\"\n")).isEqualTo(text);
  }

  @Test
  void blockScalarsAreStrings() {
    assertThat(value("v: |\n  0755\n")).isEqualTo("0755\n");
    assertThat(value("v: >-\n  true\n")).isEqualTo("true");
    assertThat(value("v: ''\n")).isEqualTo("");
  }

  @Test
  void standardTagsAreHonoured() {
    YamlMap map = read(String.join("\n",
        "s: !!str 0755", "i: !!int \"0755\"", "f: !!float 1", "g: !!float '2.5'", "b: !!bool \"True\"",
        "n: !!null ''", "m: !!map {a: 1}", "q: !!seq [1]", "p: ! 12", "r: ! \"12\"", "t: !<tag:yaml.org,2002:str> 1", ""));
    assertThat(map).containsEntry("s", "0755").containsEntry("i", 493L).containsEntry("f", 1.0)
        .containsEntry("g", 2.5).containsEntry("b", true).containsEntry("n", null)
        .containsEntry("p", 12L).containsEntry("r", "12").containsEntry("t", "1");
    assertThat(map.get("m")).isEqualTo(java.util.Map.of("a", 1L));
    assertThat(map.get("q")).isEqualTo(java.util.List.of(1L));
  }

  @Test
  void aStandardTagThatDoesNotFitIsAnError() {
    assertThatThrownBy(() -> read("v: !!int abc\n"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("compose.yaml:1:4: v: cannot decode !!str `abc` as a !!int");
    assertThatThrownBy(() -> read("v: !!bool yes\n")).hasMessageContaining("cannot decode !!str `yes` as a !!bool");
    assertThatThrownBy(() -> read("v: !!int 1.5\n")).hasMessageContaining("cannot decode !!float `1.5` as a !!int");
    assertThatThrownBy(() -> read("v: !!null 0\n")).hasMessageContaining("cannot decode !!int `0` as a !!null");
    assertThatThrownBy(() -> read("v: !!seq {a: 1}\n")).hasMessageContaining("unknown tag !!seq on a mapping");
  }

  @Test
  void theTableOfTheNotesInOneFile() {
    YamlMap map = read(String.join("\n", Arrays.asList(
        "bools: [yes, no, on, off, True, FALSE]",
        "ports: [22:22, 80:80, 8080:80]",
        "ints: [0755, 0o755, 0x1F, 0b101, 1_000, +12]",
        "nulls: [~, Null, ]",
        "date: 2001-12-14",
        "")));
    assertThat(map.get("bools")).isEqualTo(Arrays.asList("yes", "no", "on", "off", true, false));
    assertThat(map.get("ports")).isEqualTo(Arrays.asList("22:22", "80:80", "8080:80"));
    assertThat(map.get("ints")).isEqualTo(Arrays.asList(493L, 493L, 31L, 5L, 1000L, 12L));
    assertThat(map.get("nulls")).isEqualTo(Arrays.asList(null, null));
    assertThat(map.get("date")).isEqualTo("2001-12-14");
  }

  private static Object value(String yaml) {
    return read(yaml).get("v");
  }

  private static YamlMap read(String yaml) {
    return ComposeYaml.read(yaml, "compose.yaml").get(0);
  }
}
