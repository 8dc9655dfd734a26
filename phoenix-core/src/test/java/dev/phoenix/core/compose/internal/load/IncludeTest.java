package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include: each entry a project of its own, imported into the including one. */
class IncludeTest {
  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp.resolve("app"));
  }

  @Test
  void shortFormImportsServicesAndResources() {
    project.file("db/compose.yaml", """
        services:
          db:
            image: postgres
            build: ./image
            volumes: ["./init:/docker-entrypoint-initdb.d", "data:/var/lib/postgresql/data"]
            secrets: [pw]
        volumes:
          data: {}
        secrets:
          pw:
            file: ./pw.txt
        """);
    project.file("compose.yaml", """
        include:
          - db/compose.yaml
        services:
          web:
            image: nginx
            depends_on: [db]
        """);
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services()).containsOnlyKeys("web", "db");
    ServiceSpec db = loaded.services().get("db");
    Path dbDir = project.root.resolve("db");
    assertThat(db.build().context()).isEqualTo(dbDir.resolve("image").toString());
    assertThat(db.volumes()).extracting(ServiceMount::source)
        .containsExactly(dbDir.resolve("init").toString(), "data");
    assertThat(loaded.volumes()).containsKey("data");
    assertThat(loaded.volumes().get("data").name()).isEqualTo("app_data");
    assertThat(loaded.secrets().get("pw").file()).isEqualTo(dbDir.resolve("pw.txt").toString());
    assertThat(loaded.workingDirectory()).isEqualTo(project.root);
  }

  @Test
  void includedBuildWithoutContextBuildsTheIncludedDirectory() {
    project.file("sub/compose.yaml", "services:\n  sub:\n    build: {dockerfile: Dockerfile.sub}\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\n");
    assertThat(project.load("compose.yaml").services().get("sub").build().context())
        .isEqualTo(project.root.resolve("sub").toString());
  }

  @Test
  void longFormWithSeveralPathsProjectDirectoryAndEnvFile() {
    project.file("parts/base.yaml", """
        services:
          api:
            image: api:${API_TAG}
            build: ./src
        """);
    project.file("parts/prod.yaml", "services:\n  api:\n    environment: {STAGE: '${STAGE}'}\n");
    project.file("parts/api.env", "API_TAG=2.0\nSTAGE=prod\n");
    project.dir("elsewhere");
    project.file("compose.yaml", """
        include:
          - path: [parts/base.yaml, parts/prod.yaml]
            project_directory: elsewhere
            env_file: parts/api.env
        """);
    ServiceSpec api = project.load("compose.yaml").services().get("api");
    assertThat(api.image()).isEqualTo("api:2.0");
    assertThat(api.environment()).containsEntry("STAGE", "prod");
    assertThat(api.build().context()).isEqualTo(project.root.resolve("elsewhere/src").toString());
  }

  @Test
  void includePathsOfAProjectFileAreRelativeToTheProjectDirectory() {
    project.file("work/sub/compose.yaml", "services:\n  sub:\n    image: from-working-directory\n");
    project.file("files/sub/compose.yaml", "services:\n  sub:\n    image: from-file-directory\n");
    project.file("files/compose.yaml", "include: [sub/compose.yaml]\n");
    ComposeProject loaded = project.loader("files/compose.yaml").workingDirectory(project.root.resolve("work")).load();
    assertThat(loaded.services().get("sub").image()).isEqualTo("from-working-directory");
  }

  @Test
  void extendsInAnIncludedFileIsRelativeToTheIncludedProjectDirectory() {
    // docker/compose#11573: project_directory decides where the included file's extends.file is read.
    project.file("compose.yaml", "include:\n  - path: dir/included.yaml\n    project_directory: .\n");
    project.file("dir/included.yaml", "services:\n  included:\n    extends: {file: dir/extended.yaml, service: extended}\n");
    project.file("dir/extended.yaml", "services:\n  extended:\n    image: image\n");
    assertThat(project.load("compose.yaml").services().get("included").image()).isEqualTo("image");
  }

  @Test
  void includedProjectReadsItsOwnDotEnvButTheParentWins() {
    project.file("sub/.env", "TAG=sub\nONLY_SUB=sub-value\n");
    project.file("sub/compose.yaml", """
        services:
          sub:
            image: busybox:${TAG}
            labels: {only: "${ONLY_SUB}", parent: "${ONLY_PARENT:-unset}"}
        """);
    project.file(".env", "TAG=parent\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\nservices:\n  web:\n    image: nginx:${TAG}\n");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("sub").image()).isEqualTo("busybox:parent");
    assertThat(loaded.services().get("sub").labels()).containsEntry("only", "sub-value").containsEntry("parent", "unset");
    assertThat(loaded.services().get("web").image()).isEqualTo("nginx:parent");
  }

  @Test
  void includedDotEnvDoesNotLeakIntoTheParent() {
    project.file("sub/.env", "SUB_ONLY=x\n");
    project.file("sub/compose.yaml", "services:\n  sub:\n    image: busybox\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\nservices:\n  web:\n    image: nginx:${SUB_ONLY:-none}\n");
    assertThat(project.load("compose.yaml").services().get("web").image()).isEqualTo("nginx:none");
  }

  @Test
  void composeEnvFilesOfTheParentAreNotReadAgainForAnInclude() {
    Path shared = project.file("shared.env", "TAG=shared\n");
    project.file("sub/.env", "SUB=from-sub-dotenv\n");
    project.file("sub/compose.yaml", "services:\n  sub:\n    image: busybox:${TAG}-${SUB:-none}\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\n");
    project.env("COMPOSE_ENV_FILES", "shared.env");
    assertThat(shared).exists();
    assertThat(project.load("compose.yaml").services().get("sub").image()).isEqualTo("busybox:shared-from-sub-dotenv");
  }

  @Test
  void projectNameIsVisibleInIncludedFiles() {
    project.file("sub/compose.yaml", "services:\n  sub:\n    image: busybox\n    container_name: ${COMPOSE_PROJECT_NAME}-sub\n");
    project.file("compose.yaml", "name: shop\ninclude: [sub/compose.yaml]\n");
    assertThat(project.load("compose.yaml").services().get("sub").containerName()).isEqualTo("shop-sub");
  }

  @Test
  void dollarDollarInAnIncludedFileIsASingleDollar() {
    project.file("sub/compose.yaml", "services:\n  sub:\n    image: busybox\n    command: echo $$HOME\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\n");
    assertThat(project.load("compose.yaml").services().get("sub").command()).containsExactly("echo", "$HOME");
  }

  @Test
  void nestedIncludeResolvesAgainstEachIncludedDirectory() {
    project.file("a/b/compose.yaml", "services:\n  deep:\n    build: ./ctx\n");
    project.file("a/compose.yaml", "include: [b/compose.yaml]\nservices:\n  mid:\n    build: ./ctx\n");
    project.file("compose.yaml", "include: [a/compose.yaml]\n");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("deep").build().context()).isEqualTo(project.root.resolve("a/b/ctx").toString());
    assertThat(loaded.services().get("mid").build().context()).isEqualTo(project.root.resolve("a/ctx").toString());
  }

  @Test
  void aBaseFileExtendedFromTwoProjectsIsInterpolatedWithEachProjectsEnvironment() {
    project.file("common.yaml", "services:\n  base:\n    image: base:${TAG:-none}\n");
    project.file("sub/.env", "TAG=sub\n");
    project.file("sub/compose.yaml", "services:\n  inner:\n    extends: {file: ../common.yaml, service: base}\n");
    project.file("compose.yaml", """
        include: [sub/compose.yaml]
        services:
          outer:
            extends: {file: common.yaml, service: base}
        """);
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("inner").image()).isEqualTo("base:sub");
    assertThat(loaded.services().get("outer").image()).isEqualTo("base:none");
  }

  @Test
  void conflictWithALocalServiceIsAnError() {
    project.file("sub/compose.yaml", "services:\n  web:\n    image: httpd\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\nservices:\n  web:\n    image: nginx\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:5: services.web: ")
        .hasMessageContaining("include");
  }

  @Test
  void identicalDefinitionsDoNotConflict() {
    project.file("sub/compose.yaml", "services:\n  web:\n    image: nginx\nnetworks:\n  shared: {}\n");
    project.file("compose.yaml", "include: [sub/compose.yaml]\nservices:\n  web:\n    image: nginx\nnetworks:\n  shared: {}\n");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("web").image()).isEqualTo("nginx");
    assertThat(loaded.networks()).containsKey("shared");
  }

  @Test
  void twoIncludesDefiningTheSameServiceConflict() {
    project.file("a/compose.yaml", "services:\n  web:\n    image: a\n");
    project.file("b/compose.yaml", "services:\n  web:\n    image: b\n");
    project.file("compose.yaml", "include: [a/compose.yaml, b/compose.yaml]\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageContaining("services.web");
  }

  @Test
  void cycleIsAnError() {
    project.file("compose.yaml", "include: [a/compose.yaml]\nservices:\n  web:\n    image: nginx\n");
    project.file("a/compose.yaml", "include: [../b/compose.yaml]\nservices:\n  a:\n    image: a\n");
    project.file("b/compose.yaml", "include: [../a/compose.yaml]\nservices:\n  b:\n    image: b\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageContaining("include cycle")
        .hasMessageStartingWith(project.shown("b/compose.yaml") + ":1:");
  }

  @Test
  void includingItselfIsACycle() {
    project.file("compose.yaml", "include: [compose.yaml]\nservices:\n  web:\n    image: nginx\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":1:");
  }

  @Test
  void anOverrideFileMayIncludeTheMainFile() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    project.file("override.yaml", "include: [compose.yaml]\nservices:\n  extra:\n    image: busybox\n");
    assertThat(project.load("compose.yaml", "override.yaml").services()).containsOnlyKeys("web", "extra");
  }

  @Test
  void missingIncludedFileIsAFileError() {
    project.file("compose.yaml", "include: [nope/compose.yaml]\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":1:11: include[0]: included file ")
        .hasMessageEndingWith("nope/compose.yaml not found");
  }

  @Test
  void missingIncludeEnvFileIsAFileError() {
    project.file("sub/compose.yaml", "services:\n  sub:\n    image: busybox\n");
    project.file("compose.yaml", "include:\n  - path: sub/compose.yaml\n    env_file: missing.env\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":2:5: include[0]: env file ")
        .hasMessageEndingWith("missing.env not found");
  }

  @Test
  void badIncludeShapesAreErrors() {
    for (String include : new String[] {"include: 5\n", "include: {path: x}\n", "include: [{}]\n", "include: [5]\n",
        "include: [{path: 5}]\n", "include: [{path: [5]}]\n", "include: [null]\n"}) {
      project.file("compose.yaml", include + "services:\n  web:\n    image: nginx\n");
      assertThatThrownBy(() -> project.load("compose.yaml")).as(include)
          .isInstanceOf(ComposeException.class)
          .hasMessageStartingWith(project.shown("compose.yaml") + ":");
    }
  }

  @Test
  void includePathIsInterpolated() {
    project.file("v2/compose.yaml", "services:\n  sub:\n    image: busybox\n");
    project.file("compose.yaml", "include: [\"${VERSION}/compose.yaml\"]\n");
    project.env("VERSION", "v2");
    assertThat(project.load("compose.yaml").services()).containsKey("sub");
  }
}
