package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits against hostile input, and how parser errors read. */
class SafetyAndErrorsTest {

  @Test
  void billionLaughsHitsTheNodeLimit() {
    StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*l" + (level - 1);
      yaml.append("l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
    }
    assertThatThrownBy(() -> ComposeYaml.read(yaml.toString(), "bomb.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessageStartingWith("bomb.yaml:5:")
        .hasMessageContaining("document too large: more than 100000 values once aliases are expanded");
  }

  @Test
  void mergeKeysCountTowardsTheNodeLimit() {
    String yaml = "a: &a {x: 1, y: 2}\nb: &b {<<: [*a, *a, *a]}\nc: {<<: [*b, *b, *b]}\n";
    assertThat(ComposeYaml.read(yaml, "compose.yaml").get(0)).containsKeys("a", "b", "c");
    assertThatThrownBy(() -> ComposeYaml.read(yaml, "compose.yaml", new YamlLimits(1000, 100, 10, 20)))
        .hasMessageContaining("more than 20 values");
  }

  @Test
  void aliasCountIsLimited() {
    String yaml = "a: &a 1\nb: [*a, *a, *a]\n";
    assertThat(ComposeYaml.read(yaml, "compose.yaml", new YamlLimits(1000, 3, 10, 100))).hasSize(1);
    assertThatThrownBy(() -> ComposeYaml.read(yaml, "compose.yaml", new YamlLimits(1000, 2, 10, 100)))
        .hasMessage("compose.yaml:2:13: b[2]: too many aliases: the limit is 2 per document");
  }

  @Test
  void deepNestingIsRefused() {
    String flow = "a: " + "[".repeat(300) + "]".repeat(300) + "\n";
    assertThatThrownBy(() -> ComposeYaml.read(flow, "deep.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessageContaining("nesting too deep: more than 256 levels");
    String withinLimit = "a: " + "[".repeat(255) + "]".repeat(255) + "\n";
    assertThat(ComposeYaml.read(withinLimit, "deep.yaml")).hasSize(1);
    StringBuilder block = new StringBuilder();
    for (int level = 0; level < 20; level++) {
      block.append("  ".repeat(level)).append("k").append(level).append(":\n");
    }
    assertThatThrownBy(() -> ComposeYaml.read(block.toString(), "deep.yaml", new YamlLimits(1000, 10, 10, 1000)))
        .hasMessageStartingWith("deep.yaml:11:21: k0.k1.k2.k3.k4.k5.k6.k7.k8.k9: nesting too deep: more than 10 levels");
  }

  @Test
  void aliasesCannotNestPastTheDepthLimit() {
    String yaml = "a: &a [[1]]\nb: &b [[*a]]\nc: [[*b]]\n";
    assertThat(ComposeYaml.read(yaml, "compose.yaml", new YamlLimits(1000, 10, 7, 100))).hasSize(1);
    assertThatThrownBy(() -> ComposeYaml.read(yaml, "compose.yaml", new YamlLimits(1000, 10, 6, 100)))
        .hasMessageContaining("nesting too deep: more than 6 levels");
  }

  @Test
  void anOversizeFileIsRefusedBeforeParsing() {
    assertThatThrownBy(() -> ComposeYaml.read("a: [unclosed", "big.yaml", new YamlLimits(10, 10, 10, 10)))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("big.yaml: file too large: 12 characters, the limit is 10")
        .satisfies(e -> assertThat(((ComposeSyntaxException) e).location()).contains(SourceLocation.ofFile("big.yaml")));
  }

  @Test
  void limitsMustBeSensible() {
    assertThatThrownBy(() -> new YamlLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new YamlLimits(1, 1, 5000, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTabInTheIndentationIsReportedAtItsPosition() {
    assertThatThrownBy(() -> ComposeYaml.read("services:\n\tweb: {}\n", "compose.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("compose.yaml:2:1: services: found a tab character that cannot start any token"
            + " (YAML does not allow tabs for indentation)");
  }

  @Test
  void anUnclosedQuoteNamesWhereTheScalarStarted() {
    assertThatThrownBy(() -> ComposeYaml.read("services:\n  web:\n    image: \"nginx\n", "compose.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("compose.yaml:4:1: services.web.image: found unexpected end of the file"
            + " (while scanning a quoted scalar that starts at line 3, column 12)");
  }

  @Test
  void parserErrorsReadAsOneLineWithoutJavaNames() {
    List<String> broken = List.of("a: b: c\n", "a: [1, 2\n", "- a\nb: 1\n", "a: 1\n b: 2\n", "a: \"\\q\"\n",
        "a: @x\n", "{a: 1", "a: |\n  x\n b\n", "%YAML 2.0\n---\na: 1\n", "a: \u0001\n", "a: [\n");
    for (String yaml : broken) {
      assertThatThrownBy(() -> ComposeYaml.read(yaml, "compose.yaml"))
          .as(yaml)
          .isInstanceOf(ComposeSyntaxException.class)
          .hasMessageStartingWith("compose.yaml:")
          .hasMessageNotContaining("\n")
          .hasMessageNotContaining("org.snakeyaml")
          .hasMessageNotContaining("Exception");
    }
    assertThatThrownBy(() -> ComposeYaml.read("a: b: c\n", "compose.yaml"))
        .hasMessage("compose.yaml:1:5: mapping values are not allowed here");
    assertThatThrownBy(() -> ComposeYaml.read("a: [1, 2\n", "compose.yaml"))
        .hasMessage("compose.yaml:2:1: a: expected ',' or ']', but got the end of the file"
            + " (while parsing a flow sequence that starts at line 1, column 4)");
    assertThatThrownBy(() -> ComposeYaml.read("a:\n  b: 1\n c: 2\n", "compose.yaml"))
        .hasMessageStartingWith("compose.yaml:3:2: ");
    assertThatThrownBy(() -> ComposeYaml.read("x: 1\na: \u0001\n", "compose.yaml"))
        .hasMessage("compose.yaml:2:4: character U+0001 is not allowed in YAML");
    assertThatThrownBy(() -> ComposeYaml.read("%YAML 2.0\n---\na: 1\n", "compose.yaml"))
        .hasMessage("compose.yaml: unsupported YAML version 2.0 (1.x is required)");
  }

  @Test
  void readsTheLastOfSeveralDocumentsEvenAfterEmptyOnes() {
    YamlMap last = ComposeYaml.read("---\n---\nname: x\n", "compose.yaml").get(1);
    assertThat(last).containsEntry("name", "x");
  }
}
