package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.api.compose.InterpolationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors through the whole loader: the right type, the right file, line and column. */
class LoadErrorsTest {
  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp);
  }

  @Test
  void dependsOnCycleNamesTheServicesAndWhere() {
    project.file("compose.yaml", """
        services:
          a:
            image: busybox
            depends_on: [b]
          b:
            image: busybox
            depends_on:
              a:
                condition: service_started
        """);
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":")
        .hasMessageContaining("a -> b -> a");
  }

  @Test
  void missingRequiredVariableIsAnInterpolationErrorWithItsPosition() {
    project.file("compose.yaml", """
        services:
          db:
            image: postgres
            environment:
              POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
        """);
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(InterpolationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":5:26: services.db.environment.POSTGRES_PASSWORD: ")
        .hasMessageContaining("required variable DB_PASSWORD is missing a value: set DB_PASSWORD in .env");
  }

  @Test
  void missingRequiredVariableInTheOverrideFileNamesTheOverrideFile() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    project.file("override.yaml", "services:\n  web:\n    image: ${IMAGE?}\n");
    assertThatThrownBy(() -> project.load("compose.yaml", "override.yaml"))
        .isInstanceOf(InterpolationException.class)
        .hasMessageStartingWith(project.shown("override.yaml") + ":3:12: services.web.image: ");
  }

  @Test
  void invalidTemplateIsAnInterpolationError() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx:${TAG/a/b}\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(InterpolationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":3:12: ");
  }

  @Test
  void unknownKeyInTheOverrideFileNamesTheOverrideFile() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    project.file("override.yaml", "services:\n  web:\n    imgae: nginx:1.27\n");
    assertThatThrownBy(() -> project.load("compose.yaml", "override.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith(project.shown("override.yaml") + ":3:")
        .hasMessageContaining("imgae");
  }

  @Test
  void wrongTypeInTheOverrideFileNamesTheOverrideFile() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    privileged: false\n");
    project.file("override.yaml", "services:\n  web:\n    privileged: [yes]\n");
    assertThatThrownBy(() -> project.load("compose.yaml", "override.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith(project.shown("override.yaml") + ":3:17: services.web.privileged: ");
  }

  @Test
  void wrongTypeInTheMainFileNamesTheMainFile() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: 80\n");
    project.file("override.yaml", "services:\n  web:\n    labels: {a: b}\n");
    assertThatThrownBy(() -> project.load("compose.yaml", "override.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:12: services.web.ports: ");
  }

  @Test
  void undefinedNetworkIsAnErrorWithLocation() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    networks: [front]\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:")
        .hasMessageContaining("front");
  }

  @Test
  void missingFileIsAFileError() {
    assertThatThrownBy(() -> project.load("absent.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith(project.shown("absent.yaml") + ": ")
        .hasMessageContaining("not found");
  }

  @Test
  void directoryGivenAsFileIsAFileError() {
    project.dir("compose.yaml");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ": ")
        .hasMessageContaining("directory");
  }

  @Test
  void invalidUtf8IsAFileError() {
    project.bytes("compose.yaml", new byte[] {'s', 'e', 'r', 'v', 'i', 'c', 'e', 's', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ": ")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void invalidUtf8InAnExtendedFileIsAFileError() {
    project.bytes("base.yaml", new byte[] {'x', ':', ' ', (byte) 0xFF, '\n'});
    project.file("compose.yaml", "services:\n  web:\n    extends: {file: base.yaml, service: app}\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("base.yaml")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void emptyProjectIsAFileError() {
    project.file("compose.yaml", "");
    project.file("comments.yaml", "# nothing\n");
    assertThatThrownBy(() -> project.load("compose.yaml", "comments.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage(project.shown("compose.yaml") + ": empty compose file");
    project.file("named.yaml", "name: x\n");
    assertThat(project.load("compose.yaml", "named.yaml").services()).isEmpty();
  }

  @Test
  void syntaxErrorHasPosition() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n   bad: [\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessageMatching(java.util.regex.Pattern.quote(project.shown("compose.yaml")) + ":\\d+:\\d+: .*");
  }

  @Test
  void duplicateKeyIsASyntaxError() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    image: httpd\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":4:");
  }

  @Test
  void aliasBombIsRefusedFast() {
    StringBuilder yaml = new StringBuilder("x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("x-l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
    }
    yaml.append("services:\n  web:\n    image: nginx\n    command: *l9\n");
    project.file("compose.yaml", yaml.toString());
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> project.load("compose.yaml"))
            .isInstanceOf(ComposeSyntaxException.class)
            .hasMessageStartingWith(project.shown("compose.yaml") + ":"));
  }

  @Test
  void everyMessageCarriesTheDetailAndLocationSeparately() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: 80\n");
    try {
      project.load("compose.yaml");
      Assertions.fail("expected an error");
    } catch (ComposeValidationException e) {
      assertThat(e.location()).isPresent();
      assertThat(e.location().get().file()).isEqualTo(project.shown("compose.yaml"));
      assertThat(e.location().get().line()).isEqualTo(4);
      assertThat(e.yamlPath()).contains("services.web.ports");
      assertThat(e.getMessage()).endsWith(e.detail());
    }
  }
}
