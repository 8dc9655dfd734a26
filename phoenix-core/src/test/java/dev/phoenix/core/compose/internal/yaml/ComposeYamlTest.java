package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structure: documents, merge keys, anchors, keys, custom tags and positions. */
class ComposeYamlTest {

  @Test
  void mergeKeyTakesAMappingAndExplicitKeysWin() {
    YamlMap root = read("""
        base: &base
          image: nginx
          restart: always
        web:
          <<: *base
          restart: "no"
        """);
    assertThat(root.get("web")).isEqualTo(Map.of("image", "nginx", "restart", "no"));
    assertThat(((YamlMap) root.get("web")).keySet()).containsExactly("restart", "image");
  }

  @Test
  void mergeKeyTakesAListAndEarlierMappingsWin() {
    YamlMap root = read("""
        a: &a {x: 1, y: 1}
        b: &b {y: 2, z: 2}
        c:
          w: 0
          <<: [*a, *b, {z: 3, v: 3}]
          x: 10
        """);
    assertThat(root.get("c")).isEqualTo(Map.of("w", 0L, "x", 10L, "y", 1L, "z", 2L, "v", 3L));
  }

  @Test
  void mergeKeyWorksThroughNestedMerges() {
    YamlMap root = read("""
        a: &a {x: 1}
        b: &b {<<: *a, y: 2}
        c: {<<: *b, z: 3}
        """);
    assertThat(root.get("c")).isEqualTo(Map.of("x", 1L, "y", 2L, "z", 3L));
  }

  @Test
  void mergeKeyNeedsMappings() {
    assertThatThrownBy(() -> read("a: &a [1]\nb:\n  <<: *a\n"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("compose.yaml:3:7: b.\"<<\": map merge requires map or sequence of maps as the value");
    assertThatThrownBy(() -> read("b:\n  <<: [{a: 1}, 2]\n")).hasMessageContaining("map merge requires map");
    assertThatThrownBy(() -> read("b:\n  <<: 1\n")).hasMessageContaining("map merge requires map");
    // Like go-yaml: a list of mappings must be written out, not reached through an alias.
    assertThatThrownBy(() -> read("a: &a [{x: 1}]\nb:\n  <<: *a\n")).hasMessageContaining("map merge requires map");
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    assertThat(read("\"<<\": {a: 1}\n")).containsOnlyKeys("<<");
  }

  @Test
  void aliasesAreExpandedAsIndependentCopies() {
    YamlMap root = read("""
        x-common: &common
          labels: {a: "1"}
          ports: ["80"]
        services:
          one: *common
          two: *common
        """);
    YamlMap services = (YamlMap) root.get("services");
    YamlMap one = (YamlMap) services.get("one");
    YamlMap two = (YamlMap) services.get("two");
    assertThat(one).isEqualTo(root.get("x-common")).isEqualTo(two).isNotSameAs(two);
    assertThat(one.get("labels")).isNotSameAs(two.get("labels"));
    ((YamlList) one.get("ports")).add("81");
    assertThat(two.get("ports")).isEqualTo(List.of("80"));
    // The copy's contents keep the positions of the anchored text; the alias is where it is used.
    assertThat(one.location()).isEqualTo(new SourceLocation("compose.yaml", 1, 11));
    assertThat(one.locationOf("ports")).isEqualTo(new SourceLocation("compose.yaml", 3, 10));
    assertThat(services.locationOf("two")).isEqualTo(new SourceLocation("compose.yaml", 6, 8));
  }

  @Test
  void scalarAnchorsAndAliasesAsKeys() {
    YamlMap root = read("k: &k name\nv: &v 0755\nm:\n  *k : *v\n");
    assertThat(root.get("m")).isEqualTo(Map.of("name", 493L));
  }

  @Test
  void recursiveAndUnknownAliasesAreErrors() {
    assertThatThrownBy(() -> read("a: &a [1, *a]\n"))
        .hasMessage("compose.yaml:1:11: a[1]: anchor 'a' value contains itself");
    assertThatThrownBy(() -> read("a: &a {b: {c: *a}}\n")).hasMessageContaining("anchor 'a' value contains itself");
    assertThatThrownBy(() -> read("a: *nope\n")).hasMessage("compose.yaml:1:4: a: unknown anchor 'nope' referenced");
  }

  @Test
  void anchorsDoNotCrossDocuments() {
    assertThatThrownBy(() -> read("a: &a 1\n---\nb: *a\n")).hasMessageContaining("unknown anchor 'a'");
  }

  @Test
  void everyDocumentGivesAMap() {
    List<YamlMap> documents = ComposeYaml.read("a: 1\n---\n---\nb: 2\n...\n", "compose.yaml");
    assertThat(documents).hasSize(3);
    assertThat(documents.get(0)).containsEntry("a", 1L);
    assertThat(documents.get(1)).isEmpty();
    assertThat(documents.get(2)).containsEntry("b", 2L);
    assertThat(documents.get(2).location()).isEqualTo(new SourceLocation("compose.yaml", 4, 1));
  }

  @Test
  void anEmptyFileGivesOneEmptyMap() {
    assertThat(ComposeYaml.read("", "compose.yaml")).containsExactly(new YamlMap());
    assertThat(ComposeYaml.read("# only a comment\n", "compose.yaml")).containsExactly(new YamlMap());
    assertThat(ComposeYaml.read("~\n", "compose.yaml")).containsExactly(new YamlMap());
  }

  @Test
  void theTopLevelMustBeAMapping() {
    assertThatThrownBy(() -> read("- a\n")).hasMessage("compose.yaml:1:1: top-level object must be a mapping");
    assertThatThrownBy(() -> read("hello\n")).hasMessageContaining("top-level object must be a mapping");
    assertThatThrownBy(() -> read("a: 1\n---\n1\n")).hasMessage("compose.yaml:3:1: top-level object must be a mapping");
    assertThatThrownBy(() -> read("!reset {}\n")).hasMessageContaining("top-level object must be a mapping");
  }

  @Test
  void duplicateKeysAreErrorsThatNameBothLines() {
    assertThatThrownBy(() -> read("""
        services:
          web:
            image: a
            ports:
              - 80
            image: b
        """))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("compose.yaml:6:5: services.web.image: mapping key \"image\" already defined at line 3")
        .satisfies(e -> assertThat(((ComposeSyntaxException) e).location())
            .contains(new SourceLocation("compose.yaml", 6, 5)));
    assertThatThrownBy(() -> read("a: 1\n'a': 2\n")).hasMessageContaining("mapping key \"a\" already defined at line 1");
    assertThatThrownBy(() -> read("<<: {a: 1}\nb: 1\n<<: {c: 1}\n"))
        .hasMessageContaining("mapping key \"<<\" already defined at line 1");
  }

  @Test
  void nonStringKeysAreErrors() {
    assertThatThrownBy(() -> read("services:\n  80: x\n")).hasMessage("compose.yaml:2:3: services: non-string key: 80");
    assertThatThrownBy(() -> read("true: y\n")).hasMessage("compose.yaml:1:1: non-string key: true");
    assertThatThrownBy(() -> read("~: z\n")).hasMessageContaining("non-string key: ~");
    assertThatThrownBy(() -> read("? \n: z\n")).hasMessageContaining("non-string key: null");
    assertThatThrownBy(() -> read("1.5: z\n")).hasMessageContaining("non-string key: 1.5");
    assertThatThrownBy(() -> read("? [a]\n: b\n")).hasMessageContaining("non-string key: a sequence");
    assertThatThrownBy(() -> read("a: &n 1\n*n : b\n")).hasMessageContaining("non-string key: *n");
    assertThat(read("\"80\": x\n!!str 81: y\n")).containsOnlyKeys("80", "81");
  }

  @Test
  void resetTagGivesAResetWithItsPosition() {
    YamlMap web = (YamlMap) ((YamlMap) read("""
        services:
          web:
            ports: !reset []
            image: !reset null
            labels: !reset
              a: b
        """).get("services")).get("web");
    assertThat(web.get("ports")).isEqualTo(new Reset(new SourceLocation("compose.yaml", 3, 12)));
    assertThat(web.get("image")).isEqualTo(new Reset(new SourceLocation("compose.yaml", 4, 12)));
    assertThat(web.get("labels")).isInstanceOf(Reset.class);
  }

  @Test
  void overrideTagMarksMappingsAndSequences() {
    YamlMap web = read("""
        ports: !override ["80:80"]
        environment: !override
          A: b
        plain: {a: 1}
        cpus: !override 0.5
        """);
    assertThat(web.get("ports")).isInstanceOfSatisfying(YamlList.class, list -> {
      assertThat(list.isOverride()).isTrue();
      assertThat(list).containsExactly("80:80");
    });
    assertThat(web.get("environment")).isInstanceOfSatisfying(YamlMap.class, map -> {
      assertThat(map.isOverride()).isTrue();
      assertThat(map).containsEntry("A", "b");
    });
    assertThat(((YamlMap) web.get("plain")).isOverride()).isFalse();
    // go-yaml keeps a scalar under a tag it does not resolve as its text.
    assertThat(web.get("cpus")).isEqualTo("0.5");
  }

  @Test
  void unknownTagsAreErrorsThatNameTheTag() {
    assertThatThrownBy(() -> read("a: !foo x\n")).hasMessage("compose.yaml:1:4: a: unknown tag !foo on a scalar");
    assertThatThrownBy(() -> read("a: !foo {b: 1}\n")).hasMessageContaining("unknown tag !foo on a mapping");
    assertThatThrownBy(() -> read("a: !ENV_VARIABLE ${HOME}\n")).hasMessageContaining("unknown tag !ENV_VARIABLE");
    assertThatThrownBy(() -> read("a: !!binary aGVsbG8=\n")).hasMessageContaining("unknown tag !!binary");
    assertThatThrownBy(() -> read("a: !!timestamp 2001-12-14\n")).hasMessageContaining("unknown tag !!timestamp");
  }

  @Test
  void environmentVariablesAreNeverExpandedHere() {
    assertThat(read("a: ${HOME}\nb: $HOME\n")).containsEntry("a", "${HOME}").containsEntry("b", "$HOME");
  }

  @Test
  void locationsOfMapsListsAndValues() {
    YamlMap root = read("""
        services:
          web:
            image: nginx
            ports:
              - "80:80"
              - 443
        """);
    YamlMap services = (YamlMap) root.get("services");
    YamlMap web = (YamlMap) services.get("web");
    YamlList ports = (YamlList) web.get("ports");
    assertThat(root.location()).isEqualTo(new SourceLocation("compose.yaml", 1, 1));
    assertThat(services.location()).isEqualTo(new SourceLocation("compose.yaml", 2, 3));
    assertThat(web.locationOf("image")).isEqualTo(new SourceLocation("compose.yaml", 3, 12));
    assertThat(ports.location()).isEqualTo(new SourceLocation("compose.yaml", 5, 7));
    assertThat(ports.locationOf(1)).isEqualTo(new SourceLocation("compose.yaml", 6, 9));
    assertThat(ports).containsExactly("80:80", 443L);
  }

  private static YamlMap read(String yaml) {
    List<YamlMap> documents = ComposeYaml.read(yaml, "compose.yaml");
    return documents.get(documents.size() - 1);
  }
}
