package dev.phoenix.core.compose.dotenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.InterpolationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the compose-go dotenv conformance file ({@code conformance/compose/dotenv/cases.json}),
 * one dynamic test each.
 */
class DotEnvConformanceTest {
  private static final Path DIR = Path.of(System.getProperty("phoenix.shared.dir"), "conformance", "compose", "dotenv");
  private static final Pattern LINE_ERROR = Pattern.compile("line (\\d+): (.*)");
  private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\s*\\d.*");

  @TestFactory
  Stream<DynamicNode> cases() throws IOException {
    JsonNode cases = new ObjectMapper().readTree(DIR.resolve("cases.json").toFile());
    return Stream.of(
        DynamicContainer.dynamicContainer("file_cases", stream(cases.get("file_cases")).map(this::fileCase)),
        DynamicContainer.dynamicContainer("inline_single", stream(cases.get("inline_single")).map(this::inlineSingle)),
        DynamicContainer.dynamicContainer("inline_multi", stream(cases.get("inline_multi")).map(this::inlineMulti)),
        DynamicContainer.dynamicContainer("parse_errors", stream(cases.get("parse_errors")).map(this::parseError)),
        DynamicContainer.dynamicContainer("multiple_files", stream(cases.get("multiple_files")).map(this::multipleFiles)),
        DynamicContainer.dynamicContainer("value_expansion", valueExpansion(cases.get("value_expansion"))));
  }

  private DynamicTest fileCase(JsonNode c) {
    String file = c.get("file").asText();
    Map<String, String> lookup = strings(c.get("lookup"));
    return DynamicTest.dynamicTest(file + " " + lookup, () -> {
      Path path = DIR.resolve("fixtures").resolve(file);
      if (c.has("error_contains")) {
        // The upstream message is "line N: detail"; here the line is part of the location.
        Matcher expected = LINE_ERROR.matcher(c.get("error_contains").asText());
        assertThat(expected.matches()).isTrue();
        ComposeException error = catchThrowableOfType(ComposeException.class, () -> DotEnv.read(path, lookup::get));
        assertThat(error).isNotNull();
        assertThat(error.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(Integer.parseInt(expected.group(1))));
        assertThat(error.detail()).contains(expected.group(2));
        return;
      }
      LinkedHashMap<String, String> actual = DotEnv.read(path, lookup::get);
      Map<String, String> expected = strings(c.get("expected"));
      if (c.get("exact").asBoolean()) {
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
    return DynamicTest.dynamicTest(input, () -> assertThat(DotEnv.parse(input, "inline.env", null))
        .containsExactly(Map.entry(c.get("key").asText(), c.get("value").asText())));
  }

  private DynamicTest inlineMulti(JsonNode c) {
    String input = c.get("input").asText();
    Map<String, String> lookup = strings(c.get("lookup"));
    return DynamicTest.dynamicTest(input, () -> {
      LinkedHashMap<String, String> actual = DotEnv.parse(input, "inline.env", lookup::get);
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
    return DynamicTest.dynamicTest(input, () -> assertThatThrownBy(() -> DotEnv.parse(input, "inline.env", null))
        .isInstanceOf(ComposeException.class)
        .satisfies(e -> assertThat(((ComposeException) e).location()).isPresent()));
  }

  private DynamicTest multipleFiles(JsonNode c) {
    Map<String, String> lookup = strings(c.get("lookup"));
    return DynamicTest.dynamicTest(c.get("order") + " " + lookup, () -> {
      // Each file is parsed against the process environment alone; a later file's values win.
      Map<String, String> merged = new LinkedHashMap<>();
      for (JsonNode name : c.get("order")) {
        merged.putAll(DotEnv.parse(c.get("files").get(name.asText()).asText(), name.asText(), lookup::get));
      }
      assertThat(merged).containsExactlyInAnyOrderEntriesOf(strings(c.get("expected")));
    });
  }

  private Stream<DynamicNode> valueExpansion(JsonNode section) {
    Map<String, String> lookup = strings(section.get("lookup"));
    return stream(section.get("cases")).map(c -> DynamicTest.dynamicTest(c.get("input").asText(), () -> {
      String input = c.get("input").asText();
      JsonNode error = c.get("error");
      if (error != null && !error.isNull()) {
        InterpolationException e = catchThrowableOfType(InterpolationException.class,
            () -> DotEnv.parse(input, "inline.env", lookup::get));
        assertThat(e).isNotNull();
        assertThat(e.detail()).isEqualTo("required variable " + error.get("variable").asText()
            + " is missing a value: " + error.get("reason").asText());
        assertThat(e.location()).isPresent();
        return;
      }
      String[] expected = c.get("expected").asText().split("=", 2);
      assertThat(DotEnv.parse(input, "inline.env", lookup::get)).containsExactly(Map.entry(expected[0], expected[1]));
    }));
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    assertThat(items).isNotEmpty();
    return items.stream();
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> result = new LinkedHashMap<>();
    if (object != null) {
      object.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
    }
    return result;
  }
}
