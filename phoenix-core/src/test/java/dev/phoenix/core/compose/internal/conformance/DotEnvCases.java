package dev.phoenix.core.compose.internal.conformance;

import static dev.phoenix.core.compose.internal.conformance.CaseData.items;
import static dev.phoenix.core.compose.internal.conformance.CaseData.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** {@code dotenv/cases.json}: compose-go's {@code .env} parser cases, run through {@link DotEnv}. */
final class DotEnvCases {
  private static final Pattern LINE_ERROR = Pattern.compile("line (\\d+): (.*)");
  private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\s*\\d.*");
  private static final String INLINE = "inline.env";

  private final Path dir;
  private final Tally tally;

  private DotEnvCases(Path dir, Tally tally) {
    this.dir = dir;
    this.tally = tally;
  }

  /** One container per section of the file: file_cases, inline_single, ..., value_expansion. */
  static Stream<DynamicNode> cases(Path dir, Tally tally) throws IOException {
    JsonNode cases = CaseData.read(dir.resolve("cases.json"));
    DotEnvCases section = new DotEnvCases(dir, tally);
    JsonNode expansion = cases.path("value_expansion");
    Map<String, String> expansionLookup = strings(expansion.get("lookup"));
    return Stream.of(
        container("file_cases", items(cases, "file_cases").stream().map(section::fileCase)),
        container("inline_single", items(cases, "inline_single").stream().map(section::inlineSingle)),
        container("inline_multi", items(cases, "inline_multi").stream().map(section::inlineMulti)),
        container("parse_errors", items(cases, "parse_errors").stream().map(section::parseError)),
        container("multiple_files", items(cases, "multiple_files").stream().map(section::multipleFiles)),
        container("value_expansion", items(expansion, "cases").stream()
            .map(c -> section.valueExpansion(c, expansionLookup))));
  }

  private static DynamicNode container(String name, Stream<DynamicTest> tests) {
    return DynamicContainer.dynamicContainer(name, tests);
  }

  private DynamicTest fileCase(JsonNode c) {
    String file = c.get("file").asText();
    Map<String, String> lookup = strings(c.get("lookup"));
    return tally.test("dotenv/file_cases", file + " " + lookup, () -> {
      Path path = dir.resolve("fixtures").resolve(file);
      if (c.has("error_contains")) {
        // Upstream says "line N: detail"; here the line is part of the error's location.
        Matcher expected = LINE_ERROR.matcher(c.get("error_contains").asText());
        assertThat(expected.matches()).as("error_contains has the form \"line N: detail\"").isTrue();
        ComposeException error = catchThrowableOfType(ComposeException.class, () -> DotEnv.read(path, lookup::get));
        assertThat(error).as("error reading " + file).isNotNull();
        assertThat(error.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(Integer.parseInt(expected.group(1))));
        assertThat(error.detail()).contains(expected.group(2));
        return;
      }
      LinkedHashMap<String, String> actual = DotEnv.read(path, lookup::get);
      Map<String, String> expected = strings(c.get("expected"));
      if (c.path("exact").asBoolean()) {
        // The exact cases were asserted upstream through Read(), which drops keys starting with a
        // digit on top of what the parser returns (see the note of plain.env).
        actual.keySet().removeIf(key -> STARTS_WITH_DIGIT.matcher(key).matches());
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
      } else {
        assertThat(actual).containsAllEntriesOf(expected);
      }
    });
  }

  private DynamicTest inlineSingle(JsonNode c) {
    String input = c.get("input").asText();
    return tally.test("dotenv/inline_single", input, () -> assertThat(DotEnv.parse(input, INLINE, null))
        .containsExactly(Map.entry(c.get("key").asText(), c.get("value").asText())));
  }

  private DynamicTest inlineMulti(JsonNode c) {
    String input = c.get("input").asText();
    Map<String, String> lookup = strings(c.get("lookup"));
    return tally.test("dotenv/inline_multi", input, () -> {
      LinkedHashMap<String, String> actual = DotEnv.parse(input, INLINE, lookup::get);
      Map<String, String> expected = strings(c.get("expected"));
      if (c.path("exact").asBoolean()) {
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
      } else {
        assertThat(actual).containsAllEntriesOf(expected);
      }
    });
  }

  private DynamicTest parseError(JsonNode c) {
    String input = c.asText();
    return tally.test("dotenv/parse_errors", input, () -> assertThatThrownBy(() -> DotEnv.parse(input, INLINE, null))
        .isInstanceOf(ComposeException.class)
        .satisfies(e -> assertThat(((ComposeException) e).location()).isPresent()));
  }

  private DynamicTest multipleFiles(JsonNode c) {
    Map<String, String> lookup = strings(c.get("lookup"));
    return tally.test("dotenv/multiple_files", c.get("order") + " " + lookup, () -> {
      // Each file is parsed against the process environment alone; a later file's values win.
      Map<String, String> merged = new LinkedHashMap<>();
      for (JsonNode name : c.get("order")) {
        merged.putAll(DotEnv.parse(c.get("files").get(name.asText()).asText(), name.asText(), lookup::get));
      }
      assertThat(merged).containsExactlyInAnyOrderEntriesOf(strings(c.get("expected")));
    });
  }

  private DynamicTest valueExpansion(JsonNode c, Map<String, String> lookup) {
    String input = c.get("input").asText();
    return tally.test("dotenv/value_expansion", input, () -> {
      JsonNode error = c.get("error");
      if (error != null && !error.isNull()) {
        InterpolationException e = catchThrowableOfType(InterpolationException.class,
            () -> DotEnv.parse(input, INLINE, lookup::get));
        assertThat(e).as("interpolation error").isNotNull();
        assertThat(e.detail()).isEqualTo("required variable " + error.get("variable").asText()
            + " is missing a value: " + error.get("reason").asText());
        assertThat(e.location()).isPresent();
        return;
      }
      String[] expected = c.get("expected").asText().split("=", 2);
      assertThat(DotEnv.parse(input, INLINE, lookup::get)).containsExactly(Map.entry(expected[0], expected[1]));
    });
  }
}
