package dev.phoenix.core.compose.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeMergerTest {
  private static final String BASE = """
      services:
        web:
          image: nginx
          command: ["nginx", "-g", "daemon off;"]
          ports: ["80:80"]
          environment:
            FOO: foo
            BAR: bar
          build:
            context: .
            dockerfile: Dockerfile.web
          networks: [front]
      networks:
        front:
          driver: bridge
      """;

  @Test
  void resetRemovesWhatTheEarlierFileHad() {
    Map<String, Object> merged = merge(BASE, """
        services:
          web:
            command: !reset null
            ports: !reset []
            environment:
              FOO: !reset
            networks: !reset
            healthcheck: !reset {}
        """);

    assertThat(merged).isEqualTo(plain("""
        services:
          web:
            image: nginx
            environment: [BAR=bar]
            build: {context: ., dockerfile: Dockerfile.web}
        networks:
          front: {driver: bridge}
        """));
  }

  @Test
  void resetItemsInASequenceAreDropped() {
    Map<String, Object> merged = merge(BASE, """
        services:
          web:
            ports: ["8080:80", !reset "443:443"]
        """);

    assertThat(service(merged).get("ports")).isEqualTo(List.of("80:80", "8080:80"));
  }

  @Test
  void overrideReplacesInsteadOfMerging() {
    Map<String, Object> merged = merge(BASE, """
        services:
          web:
            ports: !override ["8080:80"]
            build: !override {context: ./other}
            environment: !override {ONLY: me}
        networks:
          front: !override {driver: overlay}
        """);

    assertThat(merged).isEqualTo(plain("""
        services:
          web:
            image: nginx
            command: ["nginx", "-g", "daemon off;"]
            ports: ["8080:80"]
            environment: {ONLY: me}
            build: {context: ./other}
            networks: [front]
        networks:
          front: {driver: overlay}
        """));
    assertThat(((YamlList) service(merged).get("ports")).isOverride()).as("tag cleared").isFalse();
    assertThat(((YamlMap) service(merged).get("build")).isOverride()).isFalse();
  }

  @Test
  void firstFileLosesItsMarkersAndTags() {
    Map<String, Object> first = located("a.yml", """
        services:
          web:
            image: nginx
            command: !reset null
            ports: !override ["80:80", "80:80", !reset "1:1"]
        """);

    Map<String, Object> stripped = ComposeMerger.stripResets(first);

    assertThat(stripped).isEqualTo(plain("services: {web: {image: nginx, ports: ['80:80']}}"));
    assertThat(((YamlList) service(stripped).get("ports")).isOverride()).isFalse();
    assertThat(service(first)).containsKey("command");
  }

  @Test
  void stripResetsSharesACleanTree() {
    Map<String, Object> clean = located("a.yml", BASE);

    assertThat(ComposeMerger.stripResets(clean)).isSameAs(clean);
  }

  @Test
  void valuesKeepTheLocationOfTheFileTheyCameFrom() {
    Map<String, Object> merged = ComposeMerger.merge(located("a.yml", BASE), located("b.yml", """
        services:
          web:
            image: nginx:1.27
            ports: ["8080:80"]
            environment:
              QIX: qix
        """));

    assertThat(merged).isInstanceOf(YamlMap.class);
    assertThat(at(merged, "services", "web", "image")).isEqualTo(new SourceLocation("b.yml", 3, 12));
    assertThat(at(merged, "services", "web", "command")).isEqualTo(new SourceLocation("a.yml", 4, 14));
    assertThat(at(merged, "services", "web", "ports", 0)).isEqualTo(new SourceLocation("a.yml", 5, 13));
    assertThat(at(merged, "services", "web", "ports", 1)).isEqualTo(new SourceLocation("b.yml", 4, 13));
    // environment became [BAR=bar, FOO=foo, QIX=qix]: each entry points at its own value
    assertThat(service(merged).get("environment")).isEqualTo(List.of("BAR=bar", "FOO=foo", "QIX=qix"));
    assertThat(at(merged, "services", "web", "environment", 0)).isEqualTo(new SourceLocation("a.yml", 8, 12));
    assertThat(at(merged, "services", "web", "environment", 2)).isEqualTo(new SourceLocation("b.yml", 6, 12));
    assertThat(at(merged, "networks", "front", "driver")).isEqualTo(new SourceLocation("a.yml", 15, 13));
  }

  @Test
  void threeFilesMergeInOrder() {
    Map<String, Object> model = ComposeMerger.stripResets(located("1.yml", BASE));
    model = ComposeMerger.merge(model, located("2.yml", """
        services:
          web:
            ports: ["443:443", "80:8080"]
            environment: [FOO=two]
            depends_on: [db]
          db:
            image: postgres
        """));
    model = ComposeMerger.merge(model, located("3.yml", """
        services:
          web:
            command: nginx-debug
            environment:
              BAR: !reset
              BAZ: three
            depends_on:
              db: {condition: service_healthy}
          db: !override
            image: postgres:17
        """));

    // BAR survives its !reset: after file 2 the environment is a sequence, and compose-go only
    // resets keys of mappings
    assertThat(model).isEqualTo(plain("""
        services:
          web:
            image: nginx
            command: nginx-debug
            ports: ["80:80", "443:443", "80:8080"]
            environment: [BAR=bar, FOO=two, BAZ=three]
            build: {context: ., dockerfile: Dockerfile.web}
            networks: [front]
            depends_on:
              db: {condition: service_healthy, required: true}
          db:
            image: postgres:17
        networks:
          front: {driver: bridge}
        """));
  }

  @Test
  void extendsKeepsTheLocalMarkersForTheEarlierFiles() {
    Map<String, Object> base = located("base.yml", """
        image: nginx
        command: [base]
        ports: ["80:80"]
        volumes: !reset []
        """);
    Map<String, Object> local = located("compose.yml", """
        extends: base
        command: !reset null
        ports: !override ["8080:80"]
        """);

    Map<String, Object> extended = ComposeMerger.mergeService("web", base, local);

    assertThat(extended).containsEntry("image", "nginx").containsKey("extends").doesNotContainKey("volumes");
    assertThat(extended.get("command")).isInstanceOf(Reset.class);
    assertThat(((YamlList) extended.get("ports")).isOverride()).isTrue();

    Map<String, Object> earlier = plain("services: {web: {command: [earlier], ports: ['1:1'], user: root}}");
    Map<String, Object> later = Map.of("services", Map.of("web", extended));
    assertThat(service(ComposeMerger.merge(earlier, later))).isEqualTo(plain("""
        image: nginx
        extends: base
        ports: ["8080:80"]
        user: root
        """));
  }

  @Test
  void inputsAreNotModified() {
    Map<String, Object> base = located("a.yml", BASE);
    Map<String, Object> override = located("b.yml", """
        services:
          web:
            ports: ["80:80", "81:81"]
            environment:
              FOO: !reset
            build: !override {context: x}
        """);

    ComposeMerger.merge(base, override);

    assertThat(base).isEqualTo(plain(BASE));
    assertThat(service(override).get("ports")).isEqualTo(List.of("80:80", "81:81"));
    assertThat(((Map<?, ?>) service(override).get("environment")).get("FOO")).isInstanceOf(Reset.class);
    assertThat(((YamlMap) service(override).get("build")).isOverride()).isTrue();
  }

  @Test
  void aMappingCannotOverrideASequence() {
    Map<String, Object> base = located("a.yml", "services: {web: {volumes: [/data]}}");
    Map<String, Object> override = located("b.yml", "services: {web: {volumes: {data: /data}}}");

    assertThatThrownBy(() -> ComposeMerger.merge(base, override))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("b.yml:1:27: services.web.volumes: cannot override a sequence with a mapping");
  }

  @Test
  void aPortWithoutTargetIsReported() {
    Map<String, Object> override = located("b.yml", """
        services:
          web:
            ports:
              - published: 80
        """);

    assertThatThrownBy(() -> ComposeMerger.merge(plain(BASE), override))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith("b.yml:4:")
        .hasMessageEndingWith(": services.web.ports[1]: service ports is missing a target port");
  }

  @Test
  void ipamPoolsFollowComposeGoIncludingItsQuirks() {
    Map<String, Object> merged = merge("""
        networks:
          n:
            ipam:
              config:
                - {subnet: 10.0.0.0/24, gateway: 10.0.0.1}
                - {subnet: 10.0.1.0/24}
        """, """
        networks:
          n:
            ipam:
              config:
                - {subnet: 10.0.0.0/24, gateway: 10.0.0.254}
        """);

    // compose-go drops an earlier pool no later pool matches, and the second earlier pool takes
    // the later pool's subnet because that subnet is already in the result
    assertThat(merged).isEqualTo(plain("""
        networks:
          n:
            ipam:
              config:
                - {subnet: 10.0.0.0/24, gateway: 10.0.0.254}
        """));
  }

  private static Map<String, Object> merge(String base, String override) {
    return ComposeMerger.merge(ComposeMerger.stripResets(located("a.yml", base)), located("b.yml", override));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(Map<String, Object> model) {
    Object services = model.get("services");
    return services == null ? model : (Map<String, Object>) ((Map<String, Object>) services).get("web");
  }

  private static SourceLocation at(Map<String, Object> root, Object... path) {
    return TreePath.locate(root, List.of(path));
  }

  /** A tree read from {@code file}, with positions, {@code !reset} and {@code !override}. */
  private static Map<String, Object> located(String file, String yaml) {
    return Fixtures.yaml(yaml, file);
  }

  /** A tree of LinkedHashMap / ArrayList and scalars only. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> plain(String yaml) {
    return (Map<String, Object>) Fixtures.plain(Fixtures.yaml(yaml));
  }
}
