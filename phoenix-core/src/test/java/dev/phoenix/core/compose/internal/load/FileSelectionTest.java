package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeProject;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files make the project, and which directory is the project directory. */
class FileSelectionTest {
  private static final String WEB = "services:\n  web:\n    image: nginx\n";

  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp.resolve("app"));
  }

  @Test
  void filesAreMergedInTheOrderGiven() {
    project.file("a.yaml", "services:\n  web:\n    image: a\n    labels: {from: a}\n");
    project.file("b.yaml", "services:\n  web:\n    image: b\n");
    project.file("c.yaml", "services:\n  web:\n    labels: {from: c}\n");
    ComposeProject loaded = project.load("a.yaml", "b.yaml", "c.yaml");
    assertThat(loaded.services().get("web").image()).isEqualTo("b");
    assertThat(loaded.services().get("web").labels()).containsEntry("from", "c");
    assertThat(loaded.composeFiles()).containsExactly(
        project.root.resolve("a.yaml"), project.root.resolve("b.yaml"), project.root.resolve("c.yaml"));
    ComposeProject reversed = project.load("b.yaml", "a.yaml");
    assertThat(reversed.services().get("web").image()).isEqualTo("a");
  }

  @Test
  void projectDirectoryIsTheFirstFilesDirectory() {
    project.file("one/compose.yaml", WEB);
    project.file("two/override.yaml", "services:\n  web:\n    build: ./context\n");
    ComposeProject loaded = project.load("one/compose.yaml", "two/override.yaml");
    assertThat(loaded.workingDirectory()).isEqualTo(project.root.resolve("one"));
    assertThat(loaded.name()).isEqualTo("one");
    // Every file's relative paths resolve against the project directory, not the file's own.
    assertThat(loaded.services().get("web").build().context()).isEqualTo(project.root.resolve("one/context").toString());
  }

  @Test
  void workingDirectoryOverridesTheFirstFilesDirectory() {
    project.file("files/compose.yaml", "services:\n  web:\n    image: ${IMAGE}\n    build: ./src\n");
    project.file("files/.env", "IMAGE=from-file-directory\n");
    project.file("work/.env", "IMAGE=from-working-directory\n");
    ComposeProject loaded = project.loader("files/compose.yaml").workingDirectory(project.root.resolve("work")).load();
    assertThat(loaded.workingDirectory()).isEqualTo(project.root.resolve("work"));
    assertThat(loaded.services().get("web").image()).isEqualTo("from-working-directory");
    assertThat(loaded.services().get("web").build().context()).isEqualTo(project.root.resolve("work/src").toString());
  }

  @Test
  void relativeFileIsReadFromTheCurrentDirectory() {
    Path file = project.file("compose.yaml", WEB);
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    assertThat(relative.isAbsolute()).isFalse();
    ComposeProject loaded = project.loader().file(relative).load();
    assertThat(loaded.services()).containsKey("web");
    assertThat(loaded.workingDirectory()).isEqualTo(project.root);
    assertThat(loaded.composeFiles()).containsExactly(file);
  }

  @Test
  void defaultFileAndItsOverrideAreFound() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: ['80']\n");
    project.file("compose.override.yaml", "services:\n  web:\n    ports: ['443']\n");
    ComposeProject loaded = project.loader().workingDirectory(project.root).load();
    assertThat(loaded.composeFiles()).containsExactly(
        project.root.resolve("compose.yaml"), project.root.resolve("compose.override.yaml"));
    assertThat(loaded.services().get("web").ports()).extracting(p -> p.target()).containsExactly(80, 443);
  }

  @Test
  void defaultNamesArePreferredInComposeOrder() {
    List<String> names = List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    for (String name : names) {
      project.file(name, "services:\n  web:\n    image: " + name.replace('.', '-') + "\n");
    }
    for (String expected : names) {
      ComposeProject loaded = project.loader().workingDirectory(project.root).load();
      assertThat(loaded.composeFiles()).containsExactly(project.root.resolve(expected));
      assertThat(loaded.services().get("web").image()).isEqualTo(expected.replace('.', '-'));
      project.root.resolve(expected).toFile().delete();
    }
  }

  @Test
  void overrideNamesArePreferredInComposeOrder() {
    project.file("docker-compose.yml", WEB);
    List<String> overrides = List.of(
        "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml");
    for (String name : overrides) {
      project.file(name, "services:\n  web:\n    image: " + name.replace('.', '-') + "\n");
    }
    for (String expected : overrides) {
      ComposeProject loaded = project.loader().workingDirectory(project.root).load();
      assertThat(loaded.composeFiles()).containsExactly(project.root.resolve("docker-compose.yml"), project.root.resolve(expected));
      assertThat(loaded.services().get("web").image()).isEqualTo(expected.replace('.', '-'));
      project.root.resolve(expected).toFile().delete();
    }
  }

  @Test
  void overrideIsNotReadWhenFilesAreGiven() {
    project.file("compose.yaml", WEB);
    project.file("compose.override.yaml", "services:\n  web:\n    image: overridden\n");
    assertThat(project.load("compose.yaml").services().get("web").image()).isEqualTo("nginx");
  }

  @Test
  void fileInAParentDirectoryIsFoundFromTheCurrentDirectory() {
    project.file("compose.yaml", "services:\n  web:\n    image: ${IMAGE}\n    build: ./src\n");
    project.file(".env", "IMAGE=parent\n");
    project.file("compose.override.yml", "services:\n  web:\n    labels: {override: 'yes'}\n");
    Path child = project.dir("nested/deeper");
    ComposeProject loaded = load(child, null);
    assertThat(loaded.workingDirectory()).isEqualTo(project.root);
    assertThat(loaded.name()).isEqualTo("app");
    assertThat(loaded.composeFiles()).containsExactly(project.root.resolve("compose.yaml"), project.root.resolve("compose.override.yml"));
    assertThat(loaded.services().get("web").image()).isEqualTo("parent");
    assertThat(loaded.services().get("web").labels()).containsEntry("override", "yes");
    assertThat(loaded.services().get("web").build().context()).isEqualTo(project.root.resolve("src").toString());
  }

  @Test
  void currentDirectoryDotEnvIsReadFirstAndWins() {
    project.file("compose.yaml", "services:\n  web:\n    image: ${IMAGE}\n    labels: {other: '${OTHER}'}\n");
    project.file(".env", "IMAGE=parent\nOTHER=parent\n");
    Path child = project.dir("child");
    project.file("child/.env", "IMAGE=child\n");
    ComposeProject loaded = load(child, null);
    assertThat(loaded.workingDirectory()).isEqualTo(project.root);
    assertThat(loaded.services().get("web").image()).isEqualTo("child");
    assertThat(loaded.services().get("web").labels()).containsEntry("other", "parent");
  }

  @Test
  void currentDirectoryDotEnvCanPointComposeFileElsewhere() {
    project.file("deploy/compose.yaml", "services:\n  web:\n    image: ${IMAGE}\n");
    project.file("deploy/.env", "IMAGE=deploy\n");
    Path work = project.dir("work");
    project.file("work/.env", "COMPOSE_FILE=" + project.root.resolve("deploy/compose.yaml") + "\n");
    ComposeProject loaded = load(work, null);
    assertThat(loaded.workingDirectory()).isEqualTo(project.root.resolve("deploy"));
    assertThat(loaded.services().get("web").image()).isEqualTo("deploy");
  }

  @Test
  void fileInAParentOfTheWorkingDirectoryKeepsTheWorkingDirectory() {
    // compose-go: with --project-directory, the project directory is that directory even when the
    // compose file is found further up.
    project.file("compose.yaml", "services:\n  web:\n    image: ${IMAGE:-none}\n");
    project.file(".env", "IMAGE=parent\n");
    Path child = project.dir("child");
    project.file("child/.env", "IMAGE=child\n");
    ComposeProject loaded = project.loader().workingDirectory(child).load();
    assertThat(loaded.composeFiles()).containsExactly(project.root.resolve("compose.yaml"));
    assertThat(loaded.workingDirectory()).isEqualTo(child);
    assertThat(loaded.name()).isEqualTo("child");
    assertThat(loaded.services().get("web").image()).isEqualTo("child");
  }

  @Test
  void composeFileVariableListsTheFiles() {
    Path a = project.file("a.yaml", "services:\n  web:\n    image: a\n");
    Path b = project.file("b.yaml", "services:\n  web:\n    image: b\n");
    project.file("compose.yaml", "services:\n  web:\n    image: default\n");
    project.env("COMPOSE_FILE", a + File.pathSeparator + b);
    ComposeProject loaded = project.loader().workingDirectory(project.root).load();
    assertThat(loaded.composeFiles()).containsExactly(a, b);
    assertThat(loaded.services().get("web").image()).isEqualTo("b");
  }

  @Test
  void composePathSeparatorSplitsTheVariable() {
    Path a = project.file("a.yaml", "services:\n  web:\n    image: a\n");
    Path b = project.file("b.yaml", "services:\n  web:\n    image: b\n");
    project.env("COMPOSE_FILE", a + "," + b).env("COMPOSE_PATH_SEPARATOR", ",");
    assertThat(project.loader().workingDirectory(project.root).load().composeFiles()).containsExactly(a, b);
  }

  @Test
  void composeFileVariableSetsTheProjectDirectoryToTheFirstFilesDirectory() {
    Path file = project.file("deploy/stack.yaml", "services:\n  web:\n    build: ./src\n");
    project.env("COMPOSE_FILE", file.toString());
    ComposeProject loaded = load(project.root, null);
    assertThat(loaded.workingDirectory()).isEqualTo(project.root.resolve("deploy"));
    assertThat(loaded.name()).isEqualTo("deploy");
    assertThat(loaded.services().get("web").build().context()).isEqualTo(project.root.resolve("deploy/src").toString());
  }

  @Test
  void composeFileVariableCanComeFromDotEnv() {
    project.file("stack.yaml", "services:\n  web:\n    image: from-stack\n");
    project.file("compose.yaml", "services:\n  web:\n    image: from-default\n");
    project.file(".env", "COMPOSE_FILE=stack.yaml\n");
    ComposeProject loaded = project.loader().workingDirectory(project.root).load();
    assertThat(loaded.services().get("web").image()).isEqualTo("from-stack");
  }

  @Test
  void composeFileVariableIsIgnoredWhenFilesAreGiven() {
    project.file("a.yaml", "services:\n  web:\n    image: a\n");
    Path b = project.file("b.yaml", "services:\n  web:\n    image: b\n");
    project.env("COMPOSE_FILE", b.toString());
    assertThat(project.load("a.yaml").services().get("web").image()).isEqualTo("a");
  }

  @Test
  void missingFileInComposeFileVariableIsAnError() {
    project.env("COMPOSE_FILE", project.shown("absent.yaml"));
    assertThatThrownBy(() -> project.loader().workingDirectory(project.root).load())
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("absent.yaml");
  }

  @Test
  void noFileFoundIsAnError() {
    Path empty = project.dir("empty");
    assertThatThrownBy(() -> project.loader().workingDirectory(empty).load())
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("no configuration file provided");
  }

  @Test
  void inlineContentUsesTheWorkingDirectory() {
    project.file(".env", "TAG=1.27\n");
    ComposeProject loaded = project.loader().workingDirectory(project.root)
        .content("inline.yaml", "services:\n  web:\n    image: nginx:${TAG}\n    build: ./src\n").load();
    assertThat(loaded.services().get("web").image()).isEqualTo("nginx:1.27");
    assertThat(loaded.services().get("web").build().context()).isEqualTo(project.root.resolve("src").toString());
    assertThat(loaded.name()).isEqualTo("app");
  }

  @Test
  void inlineContentIsNamedInErrors() {
    assertThatThrownBy(() -> project.loader().workingDirectory(project.root)
        .content("inline.yaml", "services:\n  web:\n    image: [x]\n").load())
        .hasMessageStartingWith("inline.yaml:3:12: ");
  }

  /** Loads as if the process ran in {@code current}: the only way to test discovery from the current directory. */
  private ComposeProject load(Path current, Path workingDirectory) {
    return new ProjectLoader(new LoadRequest(workingDirectory, current, List.of(), List.of(), List.of(), project.env,
        null, java.util.Set.of(), true, true, true, true, project.warnings::add)).load();
  }
}
