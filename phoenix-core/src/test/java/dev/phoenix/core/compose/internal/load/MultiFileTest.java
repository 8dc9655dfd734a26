package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.PortMapping;
import dev.phoenix.api.compose.ServiceSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files merged end to end, with the YAML features that shape a file before merging. */
class MultiFileTest {
  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp);
  }

  @Test
  void overrideFileAddsPortChangesImageAndMergesEnvironmentByKey() {
    project.file("compose.yaml", """
        services:
          web:
            image: nginx:1.26
            ports: ["8080:80"]
            environment:
              - MODE=base
              - KEEP=yes
            command: ["nginx", "-g", "daemon off;"]
          db:
            image: postgres
        """);
    project.file("compose.override.yaml", """
        services:
          web:
            image: nginx:1.27
            ports: ["8443:443"]
            environment:
              MODE: override
              EXTRA: "1"
            command: nginx-debug
        """);
    ComposeProject loaded = project.loader().workingDirectory(project.root).load();
    ServiceSpec web = loaded.services().get("web");
    assertThat(web.image()).isEqualTo("nginx:1.27");
    assertThat(web.ports()).extracting(PortMapping::published, PortMapping::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("8080", 80), org.assertj.core.groups.Tuple.tuple("8443", 443));
    assertThat(web.environment()).containsExactlyInAnyOrderEntriesOf(Map.of("MODE", "override", "KEEP", "yes", "EXTRA", "1"));
    assertThat(web.command()).containsExactly("nginx-debug");
    assertThat(loaded.services().get("db").image()).isEqualTo("postgres");
  }

  @Test
  void samePortInBothFilesIsKeptOnce() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n");
    project.file("override.yaml", "services:\n  web:\n    ports: ['8080:80', '9090:90']\n");
    assertThat(project.load("compose.yaml", "override.yaml").services().get("web").ports()).hasSize(2);
  }

  @Test
  void resetAndOverrideTagsInTheOverrideFile() {
    project.file("compose.yaml", """
        services:
          web:
            image: nginx
            ports: ["8080:80", "8443:443"]
            environment: {A: "1", B: "2"}
            labels: {keep: "yes"}
            dns: [1.1.1.1]
          worker:
            image: busybox
        """);
    project.file("override.yaml", """
        services:
          web:
            ports: !reset []
            environment: !override
              C: "3"
            dns: !reset null
          worker: !reset
        """);
    ComposeProject loaded = project.load("compose.yaml", "override.yaml");
    ServiceSpec web = loaded.services().get("web");
    assertThat(web.ports()).isEmpty();
    assertThat(web.environment()).containsExactly(Map.entry("C", "3"));
    assertThat(web.labels()).containsEntry("keep", "yes");
    assertThat(web.dns()).isEmpty();
    assertThat(loaded.services()).doesNotContainKey("worker");
  }

  @Test
  void resetInTheFirstFileIsHarmless() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: !reset []\n    environment: !override {A: '1'}\n");
    ServiceSpec web = project.load("compose.yaml").services().get("web");
    assertThat(web.ports()).isEmpty();
    assertThat(web.environment()).containsEntry("A", "1");
  }

  @Test
  void anchorsAndMergeKeys() {
    project.file("compose.yaml", """
        x-common: &common
          image: busybox
          restart: always
          environment: &env
            TZ: UTC
        services:
          a:
            <<: *common
            command: ["echo", "a"]
          b:
            <<: *common
            restart: "no"
            environment:
              <<: *env
              LANG: C
        """);
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("a").image()).isEqualTo("busybox");
    assertThat(loaded.services().get("a").restart()).isEqualTo("always");
    assertThat(loaded.services().get("a").environment()).containsExactly(Map.entry("TZ", "UTC"));
    assertThat(loaded.services().get("b").restart()).isEqualTo("no");
    assertThat(loaded.services().get("b").environment()).containsOnly(Map.entry("TZ", "UTC"), Map.entry("LANG", "C"));
  }

  @Test
  void anchorsAcrossFilesDoNotExist() {
    project.file("compose.yaml", "x-base: &base\n  image: busybox\nservices:\n  a:\n    <<: *base\n");
    project.file("override.yaml", "services:\n  a:\n    command: [echo]\n");
    assertThat(project.load("compose.yaml", "override.yaml").services().get("a").image()).isEqualTo("busybox");
  }

  @Test
  void extensionsAreKept() {
    project.file("compose.yaml", """
        x-top: {owner: team-a}
        services:
          web:
            image: nginx
            x-service: 1
        """);
    project.file("override.yaml", "x-top: {owner: team-b}\nx-other: [1, 2]\nservices:\n  web:\n    x-more: yes\n");
    ComposeProject loaded = project.load("compose.yaml", "override.yaml");
    assertThat(loaded.extensions()).containsKeys("x-top", "x-other");
    assertThat(loaded.extensions().get("x-top")).isEqualTo(Map.of("owner", "team-b"));
    assertThat(loaded.extensions().get("x-other")).isEqualTo(List.of(1L, 2L));
    assertThat(loaded.services().get("web").extensions()).containsEntry("x-service", 1L).containsEntry("x-more", "yes");
  }

  @Test
  void versionWarnsAndIsDropped() {
    project.file("compose.yaml", "version: '3.8'\nservices:\n  web:\n    image: nginx\n");
    project.file("override.yaml", "version: '3'\nservices:\n  web:\n    image: httpd\n");
    project.file("plain.yaml", "services:\n  web:\n    image: httpd\n");
    ComposeProject loaded = project.load("compose.yaml", "override.yaml", "plain.yaml");
    assertThat(loaded.unknown()).doesNotContainKey("version");
    assertThat(loaded.extensions()).doesNotContainKey("version");
    assertThat(project.warnings).containsExactly(
        project.shown("compose.yaml") + ": the attribute `version` is obsolete, it will be ignored,"
            + " please remove it to avoid potential confusion",
        project.shown("override.yaml") + ": the attribute `version` is obsolete, it will be ignored,"
            + " please remove it to avoid potential confusion");
  }

  @Test
  void severalDocumentsInOneFileAreMerged() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n---\nservices:\n  web:\n    image: httpd\n  db:\n    image: pg\n");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("web").image()).isEqualTo("httpd");
    assertThat(loaded.services()).containsKey("db");
  }

  @Test
  void eachFileIsInterpolatedBeforeMerging() {
    project.file("compose.yaml", "services:\n  web:\n    image: ${IMAGE}\n");
    project.file("override.yaml", "services:\n  web:\n    environment:\n      IMAGE_USED: ${IMAGE}\n");
    project.env("IMAGE", "nginx:1.27");
    ServiceSpec web = project.load("compose.yaml", "override.yaml").services().get("web");
    assertThat(web.image()).isEqualTo("nginx:1.27");
    assertThat(web.environment()).containsEntry("IMAGE_USED", "nginx:1.27");
  }

  @Test
  void emptyOverrideFileChangesNothing() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    project.file("empty.yaml", "");
    project.file("comments.yaml", "# nothing here\n");
    assertThat(project.load("compose.yaml", "empty.yaml", "comments.yaml").services().get("web").image()).isEqualTo("nginx");
  }

  @Test
  void dollarDollarIsASingleDollarInTheModel() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    command: echo $$HOME $${USER}\n");
    assertThat(project.load("compose.yaml").services().get("web").command()).containsExactly("echo", "$HOME", "${USER}");
  }

  @Test
  void withoutInterpolationExpressionsStay() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx:${TAG:-latest}\n");
    assertThat(project.loader("compose.yaml").interpolate(false).load().services().get("web").image())
        .isEqualTo("nginx:${TAG:-latest}");
  }
}
