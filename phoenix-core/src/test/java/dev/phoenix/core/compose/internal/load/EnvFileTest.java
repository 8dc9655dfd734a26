package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's env_file: required or not, raw or interpolated, and below environment. */
class EnvFileTest {
  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp);
  }

  private Map<String, String> environment(String compose) {
    project.file("compose.yaml", compose);
    return project.load("compose.yaml").services().get("web").environment();
  }

  @Test
  void envFileValuesReachTheEnvironment() {
    project.file("web.env", "A=1\nB=two words\n");
    assertThat(environment("services:\n  web:\n    image: nginx\n    env_file: web.env\n"))
        .containsEntry("A", "1").containsEntry("B", "two words");
  }

  @Test
  void laterEnvFileWins() {
    project.file("a.env", "X=a\nY=a\n");
    project.file("b.env", "Y=b\n");
    assertThat(environment("services:\n  web:\n    image: nginx\n    env_file: [a.env, b.env]\n"))
        .containsEntry("X", "a").containsEntry("Y", "b");
  }

  @Test
  void optionalMissingFileIsSkipped() {
    project.file("present.env", "A=1\n");
    Map<String, String> env = environment("""
        services:
          web:
            image: nginx
            env_file:
              - path: missing.env
                required: false
              - path: present.env
        """);
    assertThat(env).containsEntry("A", "1");
  }

  @Test
  void requiredMissingFileIsAnErrorNamingTheFile() {
    project.file("compose.yaml", """
        services:
          web:
            image: nginx
            env_file:
              - path: missing.env
                required: true
        """);
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageContaining("missing.env");
  }

  @Test
  void shortFormIsRequired() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    env_file: nope.env\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageContaining("nope.env");
  }

  @Test
  void valuesAreInterpolatedWithTheProjectEnvironment() {
    project.file(".env", "DOMAIN=example.org\n");
    project.file("web.env", "URL=https://${DOMAIN}/\nPLAIN=$$literal\nQ='${DOMAIN}'\n");
    assertThat(environment("services:\n  web:\n    image: nginx\n    env_file: web.env\n"))
        .containsEntry("URL", "https://example.org/")
        .containsEntry("Q", "${DOMAIN}");
  }

  @Test
  void rawFormatKeepsValuesLiteral() {
    project.file(".env", "DOMAIN=example.org\n");
    project.file("web.env", "URL=https://${DOMAIN}/\nQUOTED=\"a b\"\n");
    Map<String, String> env = environment("""
        services:
          web:
            image: nginx
            env_file:
              - path: web.env
                format: raw
        """);
    assertThat(env).containsEntry("URL", "https://${DOMAIN}/").containsEntry("QUOTED", "a b");
  }

  @Test
  void serviceEnvironmentWinsOverEnvFile() {
    project.file("web.env", "A=file\nB=file\n");
    Map<String, String> env = environment("""
        services:
          web:
            image: nginx
            env_file: web.env
            environment:
              A: service
        """);
    assertThat(env).containsEntry("A", "service").containsEntry("B", "file");
  }

  @Test
  void envFilePathIsRelativeToTheProjectDirectory() {
    project.file("config/web.env", "A=1\n");
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    env_file: ./config/web.env\n");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services().get("web").environment()).containsEntry("A", "1");
  }

  @Test
  void directoryAsEnvFileIsAFileErrorAtTheEntryThatNamesIt() {
    project.dir("conf.d");
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    env_file: conf.d\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(dev.phoenix.api.compose.ComposeFileException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:")
        .hasMessageContaining("services.web.env_file[0]")
        .hasMessageContaining("conf.d: is a directory");
  }

  @Test
  void envFileSyntaxErrorNamesTheFile() {
    project.file("web.env", "OK=1\nNOT A KEY=2\n");
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    env_file: web.env\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeException.class)
        .hasMessageContaining("web.env:2:");
  }

  @Test
  void envFilePathIsInterpolated() {
    project.file("prod.env", "STAGE=prod\n");
    project.env("STAGE", "prod");
    assertThat(environment("services:\n  web:\n    image: nginx\n    env_file: ${STAGE}.env\n"))
        .containsEntry("STAGE", "prod");
  }
}
