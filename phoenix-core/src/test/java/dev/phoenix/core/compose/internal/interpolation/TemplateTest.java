package dev.phoenix.core.compose.internal.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.InterpolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edges of Compose's template syntax beyond the conformance file. */
class TemplateTest {
  private static final Map<String, String> ENV = Map.of("FOO", "first", "EMPTY", "", "\u212A", "kelvin");

  @Test
  void aStringWithoutDollarIsReturnedAsIs() {
    String text = "plain text";
    assertThat(Template.substitute(text, ENV::get)).isSameAs(text);
  }

  @Test
  void dollarsThatStartNothingStay() {
    assertThat(Template.substitute("$1 $} $- $ $", ENV::get)).isEqualTo("$1 $} $- $ $");
    assertThat(Template.substitute("$$FOO $${FOO}", ENV::get)).isEqualTo("$FOO ${FOO}");
  }

  @Test
  void namesAreMatchedIgnoringCaseAsGoFoldsThem() {
    assertThat(Template.substitute("$foo|${\u212A}|$FOO_x", ENV::get)).isEqualTo("|kelvin|");
  }

  @Test
  void aNamedVariableEndsAtTheFirstNonNameCharacter() {
    assertThat(Template.substitute("$FOO.bar/${FOO}baz", ENV::get)).isEqualTo("first.bar/firstbaz");
  }

  @Test
  void anExpressionCannotSpanLines() {
    assertThatThrownBy(() -> Template.substitute("${FOO:-a\nb}", ENV::get))
        .isInstanceOf(InterpolationException.class)
        .hasMessage("Invalid template: \"${FOO:-a\\nb}\" (write $$ for a literal $)");
    assertThat(Template.substitute("${FOO}\n${FOO:-x}", ENV::get)).isEqualTo("first\nfirst");
  }

  @Test
  void unclosedExpressionsAreInvalid() {
    for (String template : List.of("${FOO", "${FOO:-x", "${FOO:x}", "${FOO:}", "x ${9}", "${FOO-x\n}")) {
      assertThatThrownBy(() -> Template.substitute(template, ENV::get)).as(template)
          .isInstanceOf(InterpolationException.class).hasMessageContaining("Invalid template");
    }
  }

  @Test
  void bracesInADefaultFollowComposeCounting() {
    assertThat(Template.substitute("${NOPE:-{}}", ENV::get)).isEqualTo("{}");
    assertThat(Template.substitute("${NOPE:-{x}", ENV::get)).isEqualTo("{x");
    assertThat(Template.substitute("${NOPE:-a}b}", ENV::get)).isEqualTo("ab}");
    assertThat(Template.substitute("${NOPE:-a} and ${FOO:+b}", ENV::get)).isEqualTo("a and b");
  }

  @Test
  void onlyTheBranchTakenIsEvaluated() {
    List<String> warnings = new ArrayList<>();
    assertThat(Template.substitute("${FOO:-${NOPE}}${FOO:?${NOPE2}}${EMPTY:+${NOPE3}}", ENV::get, warnings::add))
        .isEqualTo("firstfirst");
    assertThat(Template.substitute("${FOO-${ bad}}", ENV::get)).isEqualTo("first");
    assertThat(warnings).isEmpty();
  }

  @Test
  void anErrorInsideATakenBranchSurfaces() {
    assertThatThrownBy(() -> Template.substitute("${NOPE:-${ALSO:?inner ${FOO}}}", ENV::get))
        .hasMessage("required variable ALSO is missing a value: inner first");
    assertThatThrownBy(() -> Template.substitute("${NOPE:-${ bad}}", ENV::get))
        .hasMessageContaining("Invalid template: \"${ bad}\"");
  }

  @Test
  void everyEvaluatedUnsetVariableWarns() {
    List<String> warnings = new ArrayList<>();
    assertThat(Template.substitute("$A ${A} ${B:-$C}", ENV::get, warnings::add)).isEqualTo("  ");
    assertThat(warnings).containsExactly(
        "The \"A\" variable is not set. Defaulting to a blank string.",
        "The \"A\" variable is not set. Defaulting to a blank string.",
        "The \"C\" variable is not set. Defaulting to a blank string.");
  }
}
