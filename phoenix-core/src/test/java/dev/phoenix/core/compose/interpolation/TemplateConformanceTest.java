package dev.phoenix.core.compose.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.compose.InterpolationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the compose-go template conformance file
 * ({@code conformance/compose/interpolation/cases.json}), one dynamic test each.
 */
class TemplateConformanceTest {
  private static final Path CASES =
      Path.of(System.getProperty("phoenix.shared.dir"), "conformance", "compose", "interpolation", "cases.json");

  private final Map<String, String> env = new HashMap<>();

  @TestFactory
  Stream<DynamicNode> cases() throws IOException {
    JsonNode cases = new ObjectMapper().readTree(CASES.toFile());
    cases.get("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    return Stream.of(
        DynamicContainer.dynamicContainer("substitute_ok", items(cases.get("substitute_ok")).map(this::substituteOk)),
        DynamicContainer.dynamicContainer("invalid_template", invalid(cases.get("invalid_template"))),
        DynamicContainer.dynamicContainer("missing_required", items(cases.get("missing_required")).map(this::missingRequired)),
        DynamicContainer.dynamicContainer("operator_choice", items(cases.get("operator_choice").get("cases")).map(this::operator)),
        DynamicContainer.dynamicContainer("warnings", warnings(cases.get("warnings"))));
  }

  private DynamicTest substituteOk(JsonNode c) {
    String template = c.get("template").asText();
    return DynamicTest.dynamicTest(template, () ->
        assertThat(Template.substitute(template, env::get)).isEqualTo(c.get("expected").asText()));
  }

  private Stream<DynamicNode> invalid(JsonNode section) {
    String message = section.get("error_contains").asText();
    return items(section.get("templates")).map(t -> DynamicTest.dynamicTest(t.asText(), () ->
        assertThatThrownBy(() -> Template.substitute(t.asText(), env::get))
            .isInstanceOf(InterpolationException.class)
            .hasMessageContaining(message)));
  }

  private DynamicTest missingRequired(JsonNode c) {
    String template = c.get("template").asText();
    return DynamicTest.dynamicTest(template, () ->
        assertThatThrownBy(() -> Template.substitute(template, env::get))
            .isInstanceOf(InterpolationException.class)
            .hasMessage(c.get("error_message").asText())
            .hasMessageContaining(c.get("variable").asText())
            .hasMessageContaining(c.get("reason").asText()));
  }

  /**
   * Which operator applied is read off the outcome for an unset, an empty and a set variable:
   * the six operators give six different triples.
   */
  private DynamicTest operator(JsonNode c) {
    String inner = c.get("inner").asText();
    String operator = c.get("operator").asText();
    return DynamicTest.dynamicTest(inner + " -> " + operator, () -> {
      String argument = inner.substring(inner.indexOf(operator) + operator.length());
      String template = "${" + inner + "}";
      List<String> expected = switch (operator) {
        case ":?" -> List.of("error", "error", "v");
        case "?" -> List.of("error", "", "v");
        case ":-" -> List.of(argument, argument, "v");
        case "-" -> List.of(argument, "", "v");
        case ":+" -> List.of("", "", argument);
        case "+" -> List.of("", argument, argument);
        default -> throw new IllegalArgumentException(operator);
      };
      List<String> actual = new ArrayList<>();
      for (String value : new String[] {null, "", "v"}) {
        try {
          actual.add(Template.substitute(template, name -> name.equals("VARNAME") ? value : null));
        } catch (InterpolationException e) {
          actual.add("error");
        }
      }
      assertThat(actual).isEqualTo(expected);
    });
  }

  private Stream<DynamicNode> warnings(JsonNode section) {
    Stream<DynamicNode> none = items(section.get("no_warning")).map(t -> warningCount(t.asText(), 0));
    Stream<DynamicNode> one = items(section.get("one_warning")).map(t -> warningCount(t.asText(), 1));
    return Stream.concat(none, one);
  }

  private DynamicNode warningCount(String template, int count) {
    return DynamicTest.dynamicTest(template + " warns " + count, () -> {
      List<String> warnings = new ArrayList<>();
      Template.substitute(template, env::get, warnings::add);
      assertThat(warnings).hasSize(count);
      assertThat(warnings).allMatch(w -> w.matches("The \"\\w+\" variable is not set\\. Defaulting to a blank string\\."));
    });
  }

  private static Stream<JsonNode> items(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    assertThat(items).isNotEmpty();
    return items.stream();
  }
}
