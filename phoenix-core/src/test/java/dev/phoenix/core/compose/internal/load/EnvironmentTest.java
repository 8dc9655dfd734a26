package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interpolation environment: process environment over --env-file over .env. */
class EnvironmentTest {
  /** Shows A, B and C in labels, "unset" for a variable that is not set. */
  private static final String SHOW = """
      services:
        web:
          image: nginx
          labels:
            a: ${A:-unset}
            b: ${B:-unset}
            c: ${C:-unset}
      """;

  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp);
    project.file("compose.yaml", SHOW);
  }

  private Map<String, String> labels(ComposeProject loaded) {
    return loaded.services().get("web").labels();
  }

  @Test
  void dotEnvIsReadAndTheProcessEnvironmentWins() {
    project.file(".env", "A=dotenv\nB=dotenv\n");
    project.env("A", "process");
    assertThat(labels(project.load("compose.yaml"))).containsEntry("a", "process").containsEntry("b", "dotenv")
        .containsEntry("c", "unset");
  }

  @Test
  void envFilesReplaceDotEnvAndTheLaterOneWins() {
    project.file(".env", "A=dotenv\nB=dotenv\nC=dotenv\n");
    Path first = project.file("first.env", "A=first\nB=first\n");
    Path second = project.file("second.env", "B=second\n");
    ComposeProject loaded = project.loader("compose.yaml").envFile(first).envFile(second).load();
    assertThat(labels(loaded)).containsEntry("a", "first").containsEntry("b", "second").containsEntry("c", "unset");
  }

  @Test
  void relativeEnvFileIsReadFromTheCurrentDirectory() {
    Path file = project.file("config/custom.env", "A=relative\n");
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    assertThat(labels(project.loader("compose.yaml").envFile(relative).load())).containsEntry("a", "relative");
  }

  @Test
  void processEnvironmentWinsOverEnvFiles() {
    Path file = project.file("custom.env", "A=file\nB=file\n");
    project.env("A", "process");
    ComposeProject loaded = project.loader("compose.yaml").envFile(file).load();
    assertThat(labels(loaded)).containsEntry("a", "process").containsEntry("b", "file");
  }

  @Test
  void emptyProcessValueStillWins() {
    project.file(".env", "A=dotenv\n");
    project.env("A", "");
    assertThat(labels(project.load("compose.yaml"))).containsEntry("a", "unset");
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    labels:\n      a: ${A-unset}\n");
    assertThat(labels(project.load("compose.yaml"))).containsEntry("a", "");
  }

  @Test
  void composeEnvFilesActsAsEnvFileOptions() {
    project.file(".env", "C=dotenv\n");
    Path first = project.file("one.env", "A=one\nB=one\n");
    Path second = project.file("two.env", "B=two\n");
    project.env("COMPOSE_ENV_FILES", first + "," + second);
    assertThat(labels(project.load("compose.yaml"))).containsEntry("a", "one").containsEntry("b", "two")
        .containsEntry("c", "unset");
  }

  @Test
  void envFileOptionWinsOverComposeEnvFiles() {
    Path fromVariable = project.file("variable.env", "A=variable\n");
    Path fromOption = project.file("option.env", "B=option\n");
    project.env("COMPOSE_ENV_FILES", fromVariable.toString());
    ComposeProject loaded = project.loader("compose.yaml").envFile(fromOption).load();
    assertThat(labels(loaded)).containsEntry("a", "unset").containsEntry("b", "option");
  }

  @Test
  void disableEnvFileSkipsDotEnv() {
    project.file(".env", "A=dotenv\n");
    for (String yes : new String[] {"true", "1", "TRUE"}) {
      project.env("COMPOSE_DISABLE_ENV_FILE", yes);
      assertThat(labels(project.load("compose.yaml"))).as(yes).containsEntry("a", "unset");
    }
    project.env("COMPOSE_DISABLE_ENV_FILE", "false");
    assertThat(labels(project.load("compose.yaml"))).containsEntry("a", "dotenv");
  }

  @Test
  void disableEnvFileKeepsExplicitEnvFiles() {
    Path file = project.file("custom.env", "A=custom\n");
    project.env("COMPOSE_DISABLE_ENV_FILE", "true");
    assertThat(labels(project.loader("compose.yaml").envFile(file).load())).containsEntry("a", "custom");
  }

  @Test
  void invalidDisableEnvFileIsAnError() {
    project.env("COMPOSE_DISABLE_ENV_FILE", "maybe");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("COMPOSE_DISABLE_ENV_FILE");
  }

  @Test
  void missingEnvFileIsAnError() {
    Path missing = project.root.resolve("missing.env");
    assertThatThrownBy(() -> project.loader("compose.yaml").envFile(missing).load())
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void directoryAsEnvFileIsAnError() {
    Path directory = project.dir("env.d");
    assertThatThrownBy(() -> project.loader("compose.yaml").envFile(directory).load())
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining(directory.toString());
  }

  @Test
  void dotEnvReferencesTheProcessEnvironmentFirst() {
    project.file(".env", """
        OPTION_A=1
        A=http://${HOST}:${PORT:-80}
        B=${OPTION_A}
        C="${A}/path"
        """);
    project.env("HOST", "db").env("OPTION_A", "5");
    assertThat(labels(project.load("compose.yaml")))
        .containsEntry("a", "http://db:80")
        .containsEntry("b", "5")
        .containsEntry("c", "http://db:80/path");
  }

  @Test
  void laterEnvFileSeesEarlierOnes() {
    Path first = project.file("first.env", "HOST=db\n");
    Path second = project.file("second.env", "A=${HOST}:5432\n");
    assertThat(labels(project.loader("compose.yaml").envFile(first).envFile(second).load()))
        .containsEntry("a", "db:5432");
  }

  @Test
  void dotEnvSyntaxErrorNamesTheFile() {
    project.file(".env", "GOOD=1\nBAD KEY=2\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(dev.phoenix.api.compose.ComposeException.class)
        .hasMessageStartingWith(project.shown(".env") + ":2:");
  }

  @Test
  void profilesCanComeFromDotEnv() {
    project.file("compose.yaml", """
        services:
          web:
            image: nginx
          debug:
            image: busybox
            profiles: [debug]
        """);
    project.file(".env", "COMPOSE_PROFILES=debug\n");
    assertThat(project.load("compose.yaml").services()).containsOnlyKeys("web", "debug");
  }

  @Test
  void environmentIsNotTheRealProcessEnvironment() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    labels:\n      path: ${PATH:-none}\n");
    assertThat(labels(project.load("compose.yaml"))).containsEntry("path", "none");
  }

  @Test
  void unsetVariableWarns() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx:${TAG}\n");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("web").image()).isEqualTo("nginx:");
    assertThat(project.warnings).anySatisfy(w -> assertThat(w).contains("TAG").contains("not set"));
  }
}
