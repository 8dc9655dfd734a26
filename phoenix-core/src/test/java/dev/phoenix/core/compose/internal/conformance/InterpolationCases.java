package dev.phoenix.core.compose.internal.conformance;

import static dev.phoenix.core.compose.internal.conformance.CaseData.items;
import static dev.phoenix.core.compose.internal.conformance.CaseData.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.interpolation.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * {@code interpolation/cases.json}: compose-go's template cases, run through {@link Template} with
 * the file's variables ({@code FOO}, {@code BAR} set but empty, {@code JSON}).
 */
final class InterpolationCases {
  private static final String SECTION = "interpolation/";
  private static final Pattern UNSET_WARNING = Pattern.compile("The \"\\w+\" variable is not set\\. Defaulting to a blank string\\.");

  private final Map<String, String> env;
  private final Tally tally;

  private InterpolationCases(Map<String, String> env, Tally tally) {
    this.env = env;
    this.tally = tally;
  }

  /** One container per section: substitute_ok, invalid_template, missing_required, operator_choice, warnings. */
  static Stream<DynamicNode> cases(Path dir, Tally tally) throws IOException {
    JsonNode cases = CaseData.read(dir.resolve("cases.json"));
    InterpolationCases section = new InterpolationCases(strings(cases.get("env")), tally);
    String invalidMessage = cases.path("invalid_template").path("error_contains").asText();
    JsonNode warnings = cases.path("warnings");
    return Stream.of(
        container("substitute_ok", items(cases, "substitute_ok").stream().map(section::substituteOk)),
        container("invalid_template", items(cases.path("invalid_template"), "templates").stream()
            .map(t -> section.invalid(t.asText(), invalidMessage))),
        container("missing_required", items(cases, "missing_required").stream().map(section::missingRequired)),
        container("operator_choice", items(cases.path("operator_choice"), "cases").stream().map(section::operator)),
        container("warnings", Stream.concat(
            items(warnings, "no_warning").stream().map(t -> section.warningCount(t.asText(), 0)),
            items(warnings, "one_warning").stream().map(t -> section.warningCount(t.asText(), 1)))));
  }

  private static DynamicNode container(String name, Stream<DynamicTest> tests) {
    return DynamicContainer.dynamicContainer(name, tests);
  }

  private DynamicTest substituteOk(JsonNode c) {
    String template = c.get("template").asText();
    return tally.test(SECTION + "substitute_ok", template, () ->
        assertThat(Template.substitute(template, env::get)).isEqualTo(c.get("expected").asText()));
  }

  private DynamicTest invalid(String template, String message) {
    return tally.test(SECTION + "invalid_template", template, () ->
        assertThatThrownBy(() -> Template.substitute(template, env::get))
            .isInstanceOf(InterpolationException.class)
            .hasMessageContaining(message));
  }

  private DynamicTest missingRequired(JsonNode c) {
    String template = c.get("template").asText();
    return tally.test(SECTION + "missing_required", template, () ->
        assertThatThrownBy(() -> Template.substitute(template, env::get))
            .isInstanceOf(InterpolationException.class)
            .hasMessage(c.get("error_message").asText()));
  }

  /**
   * Which operator applied is read off the outcome for an unset, an empty and a set variable:
   * the six operators give six different triples.
   */
  private DynamicTest operator(JsonNode c) {
    String inner = c.get("inner").asText();
    String operator = c.get("operator").asText();
    return tally.test(SECTION + "operator_choice", inner + " -> " + operator, () -> {
      String argument = inner.substring(inner.indexOf(operator) + operator.length());
      String template = "${" + inner + "}";
      List<String> expected = switch (operator) {
        case ":?" -> List.of("error", "error", "v");
        case "?" -> List.of("error", "", "v");
        case ":-" -> List.of(argument, argument, "v");
        case "-" -> List.of(argument, "", "v");
        case ":+" -> List.of("", "", argument);
        case "+" -> List.of("", argument, argument);
        default -> throw new IllegalArgumentException("unknown operator " + operator);
      };
      List<String> actual = new ArrayList<>();
      for (String value : new String[] {null, "", "v"}) {
        try {
          actual.add(Template.substitute(template, name -> name.equals("VARNAME") ? value : null));
        } catch (InterpolationException e) {
          actual.add("error");
        }
      }
      assertThat(actual).as("outcome for VARNAME unset, empty, set to v").isEqualTo(expected);
    });
  }

  private DynamicTest warningCount(String template, int count) {
    return tally.test(SECTION + "warnings", template + " warns " + count, () -> {
      List<String> warnings = new ArrayList<>();
      Template.substitute(template, env::get, warnings::add);
      assertThat(warnings).hasSize(count);
      assertThat(warnings).allMatch(w -> UNSET_WARNING.matcher(w).matches());
    });
  }
}
