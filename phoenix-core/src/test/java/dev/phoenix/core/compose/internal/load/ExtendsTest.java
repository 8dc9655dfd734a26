package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceSpec;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extends: in the same file, from another file (with its relative paths), chains and cycles. */
class ExtendsTest {
  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp.resolve("app"));
  }

  @Test
  void sameFileBaseIsMergedUnderTheService() {
    project.file("compose.yaml", """
        services:
          base:
            image: busybox
            environment: {A: base, B: base}
            ports: ["80"]
          web:
            extends: base
            environment: {B: web}
            ports: ["443"]
        """);
    ComposeProject loaded = project.load("compose.yaml");
    ServiceSpec web = loaded.services().get("web");
    assertThat(web.image()).isEqualTo("busybox");
    assertThat(web.environment()).containsOnly(Map.entry("A", "base"), Map.entry("B", "web"));
    assertThat(web.ports()).extracting(p -> p.target()).containsExactly(80, 443);
    ServiceSpec base = loaded.services().get("base");
    assertThat(base.environment()).containsOnly(Map.entry("A", "base"), Map.entry("B", "base"));
    assertThat(base.ports()).extracting(p -> p.target()).containsExactly(80);
  }

  @Test
  void longFormWithoutFileIsTheSameFile() {
    project.file("compose.yaml", """
        services:
          base: {image: busybox}
          web:
            extends: {service: base}
        """);
    assertThat(project.load("compose.yaml").services().get("web").image()).isEqualTo("busybox");
  }

  @Test
  void twoServicesExtendingOneBaseDoNotShareState() {
    project.file("compose.yaml", """
        services:
          base:
            image: busybox
            labels: {from: base}
          a:
            extends: base
            labels: {a: "1"}
          b:
            extends: base
            labels: {b: "1"}
        """);
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("a").labels()).containsOnlyKeys("from", "a");
    assertThat(loaded.services().get("b").labels()).containsOnlyKeys("from", "b");
    assertThat(loaded.services().get("base").labels()).containsOnlyKeys("from");
  }

  @Test
  void otherFilesRelativePathsResolveAgainstItsDirectory() {
    project.file("common/base.yaml", """
        services:
          app:
            build: ./src
            image: app
            env_file: ./app.env
            volumes:
              - ./data:/data
              - type: bind
                source: ./conf
                target: /conf
              - named:/named
        """);
    project.file("common/app.env", "FROM_BASE_ENV=1\n");
    project.file("compose.yaml", """
        services:
          web:
            extends:
              file: common/base.yaml
              service: app
            volumes:
              - ./local:/local
        volumes:
          named: {}
        """);
    ServiceSpec web = project.load("compose.yaml").services().get("web");
    Path common = project.root.resolve("common");
    assertThat(web.build().context()).isEqualTo(common.resolve("src").toString());
    assertThat(web.environment()).containsEntry("FROM_BASE_ENV", "1");
    assertThat(web.envFiles()).extracting(f -> f.path()).containsExactly(common.resolve("app.env").toString());
    assertThat(web.volumes()).extracting(ServiceMount::target, ServiceMount::source).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/data", common.resolve("data").toString()),
        org.assertj.core.groups.Tuple.tuple("/conf", common.resolve("conf").toString()),
        org.assertj.core.groups.Tuple.tuple("/named", "named"),
        org.assertj.core.groups.Tuple.tuple("/local", project.root.resolve("local").toString()));
  }

  @Test
  void otherFilesBuildContextsAndWatchPathsResolveAgainstItsDirectory() {
    project.file("common/base.yaml", """
        services:
          app:
            build:
              context: ./src
              additional_contexts:
                assets: ./assets
                base: docker-image://alpine
                other: service:builder
            develop:
              watch:
                - path: ./src
                  action: sync
                  target: /app
          remote:
            build: https://github.com/example/app.git#main
          listed:
            build:
              context: git@github.com:example/app.git
              additional_contexts: ["shared=../shared"]
        """);
    project.file("compose.yaml", """
        services:
          web:
            extends: {file: common/base.yaml, service: app}
          remote:
            extends: {file: common/base.yaml, service: remote}
          listed:
            extends: {file: common/base.yaml, service: listed}
        """);
    ComposeProject loaded = project.load("compose.yaml");
    Path common = project.root.resolve("common");
    ServiceSpec web = loaded.services().get("web");
    assertThat(web.build().additionalContexts()).containsEntry("assets", common.resolve("assets").toString())
        .containsEntry("base", "docker-image://alpine").containsEntry("other", "service:builder");
    assertThat(web.unknown().get("develop").toString()).contains("path=" + common.resolve("src"));
    assertThat(loaded.services().get("remote").build().context()).isEqualTo("https://github.com/example/app.git#main");
    ServiceSpec listed = loaded.services().get("listed");
    assertThat(listed.build().context()).isEqualTo("git@github.com:example/app.git");
    assertThat(listed.build().additionalContexts()).containsEntry("shared", project.root.resolve("shared").toString());
  }

  @Test
  void otherFilesBuildWithoutContextBuildsTheProjectDirectory() {
    // compose-go reads the extended file without defaults: the default context "." is the extending project's.
    project.file("common/base.yaml", "services:\n  app:\n    build: {dockerfile: Dockerfile.app}\n");
    project.file("compose.yaml", "services:\n  web:\n    extends: {file: common/base.yaml, service: app}\n");
    ServiceSpec web = project.load("compose.yaml").services().get("web");
    assertThat(web.build().context()).isEqualTo(project.root.toString());
    assertThat(web.build().dockerfile()).isEqualTo("Dockerfile.app");
  }

  @Test
  void fileOfAProjectFileIsRelativeToTheProjectDirectory() {
    // compose-go resolves extends.file of the project's own files against the project directory
    // (its local resource loader), which is the file's directory unless they differ.
    project.file("base.yaml", "services:\n  app:\n    image: from-project-directory\n");
    project.file("overrides/base.yaml", "services:\n  app:\n    image: from-file-directory\n");
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    project.file("overrides/extra.yaml", "services:\n  worker:\n    extends: {file: base.yaml, service: app}\n");
    assertThat(project.load("compose.yaml", "overrides/extra.yaml").services().get("worker").image())
        .isEqualTo("from-project-directory");
  }

  @Test
  void fileOfAnExtendedFileIsRelativeToThatFile() {
    project.file("common/base.yaml", "services:\n  app:\n    extends: {file: root.yaml, service: root}\n");
    project.file("common/root.yaml", "services:\n  root:\n    image: root-in-common\n");
    project.file("compose.yaml", "services:\n  web:\n    extends: {file: common/base.yaml, service: app}\n");
    assertThat(project.load("compose.yaml").services().get("web").image()).isEqualTo("root-in-common");
  }

  @Test
  void otherFileIsInterpolatedWithTheProjectEnvironment() {
    project.file("base.yaml", "services:\n  app:\n    image: ${REGISTRY}/app:${TAG:-1}\n");
    project.file(".env", "REGISTRY=registry.example\n");
    project.file("compose.yaml", "services:\n  web:\n    extends: {file: base.yaml, service: app}\n");
    assertThat(project.load("compose.yaml").services().get("web").image()).isEqualTo("registry.example/app:1");
  }

  @Test
  void chainedExtendsAcrossFiles() {
    project.file("one/two/root.yaml", """
        services:
          root:
            image: busybox
            build: ./root-src
            labels: {level: root, root: "yes"}
        """);
    project.file("one/middle.yaml", """
        services:
          middle:
            extends: {file: two/root.yaml, service: root}
            labels: {level: middle}
            volumes: ["./middle-data:/m"]
          sibling:
            extends: middle
            labels: {level: sibling}
        """);
    project.file("compose.yaml", """
        services:
          web:
            extends: {file: one/middle.yaml, service: sibling}
            labels: {level: web}
        """);
    ServiceSpec web = project.load("compose.yaml").services().get("web");
    assertThat(web.image()).isEqualTo("busybox");
    assertThat(web.labels()).containsOnly(Map.entry("level", "web"), Map.entry("root", "yes"));
    assertThat(web.build().context()).isEqualTo(project.root.resolve("one/two/root-src").toString());
    assertThat(web.volumes()).extracting(ServiceMount::source).containsExactly(project.root.resolve("one/middle-data").toString());
  }

  @Test
  void chainInTheSameFile() {
    project.file("compose.yaml", """
        services:
          c: {extends: b, labels: {c: "1"}}
          b: {extends: a, labels: {b: "1"}}
          a: {image: busybox, labels: {a: "1"}}
        """);
    ServiceSpec c = project.load("compose.yaml").services().get("c");
    assertThat(c.image()).isEqualTo("busybox");
    assertThat(c.labels()).containsOnlyKeys("a", "b", "c");
  }

  @Test
  void cycleIsAnErrorNamingTheChain() {
    project.file("compose.yaml", """
        services:
          a:
            image: busybox
            extends: b
          b:
            extends: c
          c:
            extends: a
        """);
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:14: services.a.extends: ")
        .hasMessageEndingWith("extends cycle: a -> b -> c -> a");
  }

  @Test
  void selfExtensionIsACycle() {
    project.file("compose.yaml", "services:\n  a:\n    image: busybox\n    extends: a\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageContaining("a -> a");
  }

  @Test
  void cycleAcrossFilesIsAnError() {
    project.file("compose.yaml", "services:\n  a:\n    image: busybox\n    extends: {file: other.yaml, service: b}\n");
    project.file("other.yaml", "services:\n  b:\n    extends: {file: compose.yaml, service: a}\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageEndingWith("extends cycle: a -> " + project.shown("other.yaml") + ":b -> a");
  }

  @Test
  void missingServiceIsAnErrorWithLocation() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    extends: nosuch\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:14: services.web.extends: ")
        .hasMessageContaining("\"nosuch\"");
  }

  @Test
  void missingServiceInOtherFileIsAnErrorWithLocation() {
    project.file("base.yaml", "services:\n  app:\n    image: x\n");
    project.file("compose.yaml", "services:\n  web:\n    extends:\n      file: base.yaml\n      service: nosuch\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:7: services.web.extends: ")
        .hasMessageContaining("\"nosuch\"")
        .hasMessageContaining("base.yaml");
  }

  @Test
  void missingFileIsAFileError() {
    project.file("compose.yaml", "services:\n  web:\n    extends: {file: gone.yaml, service: app}\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("gone.yaml");
  }

  @Test
  void badExtendsShapeIsAValidationError() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    extends: [a]\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":");
  }

  @Test
  void errorInTheOtherFileNamesTheOtherFile() {
    project.file("base.yaml", "services:\n  app:\n    image: x\n    ports: {bad: shape}\n");
    project.file("compose.yaml", "services:\n  web:\n    extends: {file: base.yaml, service: app}\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageStartingWith(project.shown("base.yaml") + ":4:");
  }
}
