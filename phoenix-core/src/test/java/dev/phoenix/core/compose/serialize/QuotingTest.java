package dev.phoenix.core.compose.serialize;

import static dev.phoenix.core.compose.internal.conformance.Fixtures.differences;
import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.compose.internal.model.TreeFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strings that a YAML reader could take for something else (a boolean, a number, a date, a null,
 * a comment, a structure) must come back unchanged from the YAML writer, as values, as keys, in
 * sequences, in literal blocks, at every depth.
 */
class QuotingTest {
  private static final List<String> TRICKY = List.of(
      "", " ", "  leading", "trailing ", "yes", "no", "Yes", "NO", "on", "Off", "y", "N", "true", "False",
      "null", "Null", "NULL", "~", "0440", "0o17", "0x1F", "0b101", "0B11", "8000", "-1", "+12", "1_000", "1e3",
      "1E+06", ".5", "1.", ".", ".inf", "-.Inf", ".NaN", "22:22", "1:20:30", "190:20:30.15", "2001-12-14",
      "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "=", "<<", "-", "--", "---", "--- x", "...",
      "- item", "-p", "--rm", "? key", "?x", ": value", ":x", "key: value", "a #comment", "#hash", "a#b",
      "trailing:", "http://x:80/", "[flow]", "{flow}", "a, b", "]", "*alias", "&anchor", "!tag", "!!str",
      "|literal", ">folded", "'single'", "\"double\"", "it's", "%directive", "@at", "`tick", "tab\there",
      "\tleading tab", "new\nline", "two\n\nlines\n", "ends with two\n\n", "\nstarts with newline",
      "  indented first\nsecond", "a\n  indented", "line with trailing \nspace", "carriage\r\nreturn",
      "bell\u0007", "nul\u0000", "esc\u001b", "del\u007f", "c1\u0090", "nbsp\u00a0inside", "\u00a0nbsp start",
      "unicode \u00e9 \u00fc \u65e5\u672c", "emoji \ud83d\udc33", "bom\ufeff", "ls\u2028ps\u2029", "nel\u0085",
      "back\\slash", "dollar $VAR ${X} $$", "c:\\path", "0", "00", "0.0", "-0", "1.2.3", "9.9.9.9", "v1.0",
      "1.0-alpine", "x\n \ny", "last line spaces\n   ", "   \nfoo", "\t\tindented with tabs\nline2", "only\n",
      "\n", "\n\n", " \n ", "#!/bin/sh\necho hi\n", "key: value\n- item\n", "| pipe\n> gt\n",
      "FROM alpine\nRUN echo \"hello\" > /world.txt\n", "\u00b5s", "x:", "x :y", "a: b: c", "@", "%",
      "multi\nline\nwith: colon and # hash\n", "trailing tab\t", "\ttab only line\n\t\n");

  private static ComposeProject project(List<String> strings) {
    Map<String, String> environment = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    List<Object> nested = new ArrayList<>();
    for (int i = 0; i < strings.size(); i++) {
      String text = strings.get(i);
      environment.put("V" + i, text);
      labels.put(text.isEmpty() ? "empty" : text, text);
      nested.add(List.of(text, Map.of("k", text)));
    }
    ServiceSpec service = ServiceSpec.builder("svc")
        .environment(environment)
        .labels(labels)
        .command(strings)
        .extensions(Map.of("x-nested", nested))
        .build();
    return ComposeProject.builder("quoting").services(Map.of("svc", service)).build();
  }

  @Test
  void trickyStringsReadBackUnchanged() {
    ComposeProject project = project(TRICKY);
    String yaml = ComposeSerializer.toYaml(project, false);

    assertThat(differences(ComposeSerializer.toTree(project), TreeFixtures.yaml(yaml))).as(yaml).isEmpty();
    assertThat(differences(ComposeSerializer.toTree(project), TreeFixtures.yamlCore(yaml))).as(yaml).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "y", "N", "0440", "8000", "1_000", "22:22", "2001-12-14", "~",
      "null", "", " x", "x ", "1e3", ".inf", "<<", "=", "a: b", "a #b", "#c", "-", "---", "0x1F", "0o17"})
  void readableAsSomethingElseIsQuoted(String text) {
    String yaml = ComposeSerializer.toYaml(project(List.of(text)), false);

    assertThat(yaml).contains("V0: \"" + text + "\"\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.9.9.9", "-p", "--rm", "a#b", "http://x:80/", "label=level:s0:c100,c200", "1.0-alpine",
      "02:42:ac:11:65:43", "c 1:3 mr", "a 7:* rmw", "node.labels.az", "0:30", "yes please", "v1.0", "1.2.3"})
  void plainStringsStayPlain(String text) {
    String yaml = ComposeSerializer.toYaml(project(List.of(text)), false);

    assertThat(yaml).contains("V0: " + text + "\n");
  }

  @Test
  void lineBreaksOfYaml11AreEscaped() {
    String yaml = ComposeSerializer.toYaml(project(List.of("ls\u2028ps\u2029nel\u0085")), false);

    assertThat(yaml).contains("V0: \"ls\\u2028ps\\u2029nel\\x85\"\n");
  }

  @Test
  void multiLineTextIsALiteralBlock() {
    String yaml = ComposeSerializer.toYaml(project(List.of("FROM alpine\nRUN true\n", " indented\nnext", "a\n\n")),
        false);

    assertThat(yaml).contains("    V0: |\n        FROM alpine\n        RUN true\n")
        .contains("    V1: |2-\n         indented\n        next\n")
        .contains("    V2: |+\n        a\n\n");
  }
}
