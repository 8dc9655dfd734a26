package dev.phoenix.core.compose.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phoenix.api.compose.ComposeSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edits on the awkward corners of real files: line endings, anchors, flow style, several documents. */
class ComposeDocumentEditTest {
  private static final List<String> WEB_IMAGE = List.of("services", "web", "image");

  @Test
  void navigatesByPath() {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    ports: ['80:80']\n");
    assertTrue(document.has("services", "web", "ports"));
    assertFalse(document.has("services", "db"));
    YamlNode ports = document.service("web").flatMap(web -> web.get("ports")).orElseThrow();
    assertTrue(ports.isSequence() && ports.isFlow());
    assertEquals("80:80", document.at("services", "web", "ports", "0").flatMap(YamlNode::value).orElseThrow());
    assertEquals(YamlNode.ScalarStyle.SINGLE_QUOTED, ports.items().get(0).style().orElseThrow());
    assertEquals("c.yaml:3:13", ports.items().get(0).location().toString());
  }

  @Test
  void syntaxErrorsNameFileLineAndColumn() {
    ComposeSyntaxException error = assertThrows(ComposeSyntaxException.class,
        () -> ComposeDocument.parse("bad.yaml", "services:\n  web:\n    image: [nginx\n"));
    assertTrue(error.getMessage().startsWith("bad.yaml:"), error.getMessage());
    assertTrue(error.location().orElseThrow().line() > 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "8080:80", "a: b", "x #y", "*star", "&amp", "!bang", "0755", "1.10", "null", "",
      " lead", "yes", "{a}", "- dash", "multi\nline", "@at", "%pct", "`tick"})
  void quotesValuesThatYamlWouldReadAsSomethingElse(String value) {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx\n");
    ComposeDocument edited = document.set(WEB_IMAGE, value);
    assertEquals(value, edited.at(WEB_IMAGE).flatMap(YamlNode::value).orElseThrow());
    assertFalse(edited.at(WEB_IMAGE).flatMap(YamlNode::style).orElseThrow() == YamlNode.ScalarStyle.PLAIN);
    ComposeDocument flow = ComposeDocument.parse("c.yaml", "services: {web: {image: nginx}}\n").set(WEB_IMAGE, value);
    assertEquals(value, flow.at(WEB_IMAGE).flatMap(YamlNode::value).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0080b", "nel\u0085", "bell\u0007", "bom\uFEFF", "line\u2028sep", "nul\u0000"})
  void escapesCharactersThatCannotStandInTheText(String value) {
    for (String input : List.of("services:\n  web:\n    image: nginx\n", "services:\n  web:\n    image: 'nginx'\n",
        "services: {web: {image: nginx}}\n")) {
      ComposeDocument edited = ComposeDocument.parse("c.yaml", input).set(WEB_IMAGE, value);
      assertEquals(value, edited.at(WEB_IMAGE).flatMap(YamlNode::value).orElseThrow());
      assertEquals(YamlNode.ScalarStyle.DOUBLE_QUOTED, edited.at(WEB_IMAGE).flatMap(YamlNode::style).orElseThrow());
    }
  }

  @Test
  void keepsTheQuoteStyleWhenTheValueAllows() {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: 'nginx'\n");
    assertEquals("services:\n  web:\n    image: 'it''s'\n", document.set(WEB_IMAGE, "it's").text());
    assertEquals("services:\n  web:\n    image: nginx:1.27\n",
        ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx\n").set(WEB_IMAGE, "nginx:1.27").text());
  }

  @Test
  void writesBooleansAndNumbersPlain() {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx\n");
    String text = document.set(List.of("services", "web", "read_only"), true)
        .set(List.of("services", "web", "stop_grace_period_s"), 10).text();
    assertEquals("services:\n  web:\n    image: nginx\n    read_only: true\n    stop_grace_period_s: 10\n", text);
  }

  @Test
  void keepsCrlfLineEndings() {
    String input = "services:\r\n  web:\r\n    image: nginx # web\r\n    ports:\r\n      - 80:80\r\n";
    ComposeDocument edited = ComposeDocument.parse("c.yaml", input)
        .set(WEB_IMAGE, "nginx:1.27")
        .add(List.of("services", "web", "ports"), "443:443")
        .set(List.of("services", "web", "labels", "a"), "b");
    assertEquals("services:\r\n  web:\r\n    image: nginx:1.27 # web\r\n    ports:\r\n      - 80:80\r\n"
        + "      - \"443:443\"\r\n    labels:\r\n      a: b\r\n", edited.text());
    assertEquals("services:\r\n  web:\r\n    image: nginx:1.27 # web\r\n",
        edited.remove(List.of("services", "web", "ports")).remove(List.of("services", "web", "labels")).text());
  }

  @Test
  void keepsAMissingFinalNewline() {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx");
    assertEquals("services:\n  web:\n    image: nginx\n    restart: always",
        document.set(List.of("services", "web", "restart"), "always").text());
    assertEquals("services:\n  web:\n    image: nginx\n  db:\n    image: pg",
        document.set(List.of("services", "db", "image"), "pg").text());
    assertEquals("services:\n  web:\n    image: nginx\n    restart: always\n    init: true",
        document.set(List.of("services", "web", "restart"), "always").set(List.of("services", "web", "init"), true)
            .text());
    assertEquals("services:\n  web:\n    image: nginx",
        document.set(List.of("services", "web", "restart"), "always")
            .remove(List.of("services", "web", "restart")).text());
  }

  @Test
  void leavesTabsInCommentsAndDocumentMarkersAlone() {
    String input = "---\n# a\tcomment\nservices:\n  web:\t# tab\n    image: nginx\t# pinned\n...\n";
    ComposeDocument edited = ComposeDocument.parse("c.yaml", input).set(WEB_IMAGE, "httpd");
    assertEquals(input.replace("image: nginx", "image: httpd"), edited.text());
  }

  @Test
  void editsTheFirstOfSeveralDocuments() {
    String input = "services:\n  web:\n    image: nginx\n---\nservices:\n  db:\n    image: pg\n";
    ComposeDocument document = ComposeDocument.parse("c.yaml", input);
    assertEquals(2, document.documentCount());
    assertEquals("services:\n  web:\n    image: nginx\n    init: true\n---\nservices:\n  db:\n    image: pg\n",
        document.set(List.of("services", "web", "init"), true).text());
    ComposeDocument emptyFirst = ComposeDocument.parse("c.yaml", "---\n---\nservices: {}\n");
    assertThrows(ComposeEditException.class, () -> emptyFirst.set(WEB_IMAGE, "x"));
  }

  @Test
  void refusesToEditInsideAnAnchorThatAliasesReuse() {
    String input = "x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: nginx\n";
    ComposeDocument document = ComposeDocument.parse("c.yaml", input);
    ComposeEditException error = assertThrows(ComposeEditException.class,
        () -> document.set(List.of("x-base", "restart"), "no"));
    assertTrue(error.getMessage().contains("&base"), error.getMessage());
    assertThrows(ComposeEditException.class, () -> document.add(List.of("services", "web", "<<", "x"), "y"));
    ComposeEditException merged = assertThrows(ComposeEditException.class,
        () -> document.putEntry(List.of("services", "web", "labels"), "a", "b"));
    assertTrue(merged.getMessage().contains("merge"), merged.getMessage());
    assertEquals(input.replace("image: nginx", "image: httpd"), document.set(WEB_IMAGE, "httpd").text());
  }

  @Test
  void editsAnAnchorThatNothingReuses() {
    String input = "services:\n  web: &web\n    image: nginx\n";
    assertEquals("services:\n  web: &web\n    image: httpd\n",
        ComposeDocument.parse("c.yaml", input).set(WEB_IMAGE, "httpd").text());
  }

  @Test
  void fillsAnEmptyValueAndEmptiesALastEntry() {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx\n    labels:\n");
    ComposeDocument labelled = document.putEntry(List.of("services", "web", "labels"), "a", "b");
    assertEquals("services:\n  web:\n    image: nginx\n    labels:\n      a: b\n", labelled.text());
    assertEquals("services:\n  web:\n    image: nginx\n    labels: {}\n",
        labelled.removeEntry(List.of("services", "web", "labels"), "a").text());
    assertEquals("services:\n  web:\n    image: nginx\n    labels: []\n",
        ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx\n    labels:\n      - a=b\n")
            .removeEntry(List.of("services", "web", "labels"), "a").text());
  }

  @Test
  void createsAListWhereOtherServicesUseLists() {
    String input = "services:\n  web:\n    image: nginx\n    labels:\n    - a=b\n  db:\n    image: pg\n";
    ComposeDocument edited = ComposeDocument.parse("c.yaml", input)
        .putEntry(List.of("services", "db", "labels"), "c", "d");
    assertEquals(input + "    labels:\n    - c=d\n", edited.text());
  }

  @Test
  void removesTheFirstKeyOfAMappingInASequenceItem() {
    String input = "services:\n  web:\n    image: nginx\n    env_file:\n      - path: a.env\n        required: false\n";
    assertEquals("services:\n  web:\n    image: nginx\n    env_file:\n      - required: false\n",
        ComposeDocument.parse("c.yaml", input).remove(List.of("services", "web", "env_file", "0", "path")).text());
  }

  @Test
  void replacesABlockScalar() {
    String input = "services:\n  web:\n    command: |\n      sh -c\n      'run'\n    image: nginx\n";
    assertEquals("services:\n  web:\n    command: run\n    image: nginx\n",
        ComposeDocument.parse("c.yaml", input).set(List.of("services", "web", "command"), "run").text());
  }

  @Test
  void startsAnEmptyFile() {
    assertEquals("# nothing yet\nservices:\n  web:\n    image: nginx\n",
        ComposeDocument.parse("c.yaml", "# nothing yet\n").set(WEB_IMAGE, "nginx").text());
  }

  @Test
  void refusesEditsThePathCannotTake() {
    ComposeDocument document = ComposeDocument.parse("c.yaml", "services:\n  web:\n    image: nginx\n");
    assertThrows(ComposeEditException.class, () -> document.set(List.of("services", "web"), "x"));
    assertThrows(ComposeEditException.class, () -> document.set(List.of("services", "web", "image", "x"), "y"));
    assertThrows(ComposeEditException.class, () -> document.add(List.of("services", "web", "image"), "y"));
    assertThrows(ComposeEditException.class, () -> document.remove(List.of("services", "db")));
    assertThrows(ComposeEditException.class, () -> document.remove(List.of("services")));
  }
}
