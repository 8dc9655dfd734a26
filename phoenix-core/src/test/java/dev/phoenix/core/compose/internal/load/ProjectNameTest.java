package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ComposeValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project name: -p, COMPOSE_PROJECT_NAME, name:, the directory; validity and normalization. */
class ProjectNameTest {
  private static final String NAMED = "name: from-yaml\nservices:\n  web:\n    image: nginx\n";

  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp.resolve("shop"));
  }

  @Test
  void optionWinsOverEverything() {
    project.file("compose.yaml", NAMED);
    project.file(".env", "COMPOSE_PROJECT_NAME=from-dotenv\n");
    project.env("COMPOSE_PROJECT_NAME", "from-env");
    assertThat(project.loader("compose.yaml").projectName("from-option").load().name()).isEqualTo("from-option");
  }

  @Test
  void environmentWinsOverNameAndDirectory() {
    project.file("compose.yaml", NAMED);
    project.env("COMPOSE_PROJECT_NAME", "from-env");
    assertThat(project.load("compose.yaml").name()).isEqualTo("from-env");
  }

  @Test
  void dotEnvCanSetTheProjectName() {
    project.file("compose.yaml", NAMED);
    project.file(".env", "COMPOSE_PROJECT_NAME=from-dotenv\n");
    assertThat(project.load("compose.yaml").name()).isEqualTo("from-dotenv");
  }

  @Test
  void processEnvironmentWinsOverDotEnvForTheName() {
    project.file("compose.yaml", NAMED);
    project.file(".env", "COMPOSE_PROJECT_NAME=from-dotenv\n");
    project.env("COMPOSE_PROJECT_NAME", "from-env");
    assertThat(project.load("compose.yaml").name()).isEqualTo("from-env");
  }

  @Test
  void emptyEnvironmentValueFallsThroughToTheNameKey() {
    project.file("compose.yaml", NAMED);
    project.env("COMPOSE_PROJECT_NAME", "");
    assertThat(project.load("compose.yaml").name()).isEqualTo("from-yaml");
  }

  @Test
  void anEmptyProjectNameOptionCountsAsNotGiven() {
    project.file("compose.yaml", NAMED);
    assertThat(project.loader("compose.yaml").projectName("").load().name()).isEqualTo("from-yaml");
  }

  @Test
  void nameKeyIsInterpolated() {
    project.file("compose.yaml", "name: ${APP}-${STAGE:-dev}\nservices:\n  web:\n    image: nginx\n");
    project.env("APP", "shop");
    assertThat(project.load("compose.yaml").name()).isEqualTo("shop-dev");
  }

  @Test
  void nameKeyCanComeFromDotEnv() {
    project.file("compose.yaml", "name: ${APP}\nservices:\n  web:\n    image: nginx\n");
    project.file(".env", "APP=fromdotenv\n");
    assertThat(project.load("compose.yaml").name()).isEqualTo("fromdotenv");
  }

  @Test
  void withSeveralFilesTheLastNameWins() {
    project.file("compose.yaml", "name: first\nservices:\n  web:\n    image: nginx\n");
    project.file("second.yaml", "name: second\n");
    project.file("third.yaml", "services:\n  web:\n    image: httpd\n");
    ComposeProject loaded = project.load("compose.yaml", "second.yaml", "third.yaml");
    assertThat(loaded.name()).isEqualTo("second");
    assertThat(loaded.services().get("web").image()).isEqualTo("httpd");
  }

  @Test
  void nameKeyIsNormalized() {
    project.file("compose.yaml", "name: MyApp.v2\nservices:\n  web:\n    image: nginx\n");
    assertThat(project.load("compose.yaml").name()).isEqualTo("myappv2");
  }

  @Test
  void nameKeyLosesLeadingSeparators() {
    project.file("compose.yaml", "name: _-Shop_1\nservices:\n  web:\n    image: nginx\n");
    assertThat(project.load("compose.yaml").name()).isEqualTo("shop_1");
  }

  @Test
  void directoryNameIsTheDefault() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    assertThat(project.load("compose.yaml").name()).isEqualTo("shop");
  }

  @Test
  void directoryNameIsNormalized() {
    TestProject spaced = new TestProject(temp.resolve("My Project"));
    spaced.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    assertThat(spaced.load("compose.yaml").name()).isEqualTo("myproject");
  }

  @Test
  void workingDirectoryNamesTheProjectNotTheFileDirectory() {
    project.file("deploy/compose.yaml", "services:\n  web:\n    image: nginx\n");
    Path store = project.dir("Store.Front");
    ComposeProject loaded = project.loader("deploy/compose.yaml").workingDirectory(store).load();
    assertThat(loaded.name()).isEqualTo("storefront");
    assertThat(loaded.workingDirectory()).isEqualTo(store);
  }

  @Test
  void directoryWithoutUsableCharactersIsAnError() {
    TestProject dots = new TestProject(temp.resolve("..."));
    dots.file("compose.yaml", "services:\n  web:\n    image: nginx\n");
    assertThatThrownBy(() -> dots.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("project name \"...\"");
  }

  @Test
  void invalidOptionIsAnError() {
    project.file("compose.yaml", NAMED);
    for (String invalid : new String[] {"MY_PROJECT", "www.my.project", "-x", "_x", "a b"}) {
      assertThatThrownBy(() -> project.loader("compose.yaml").projectName(invalid).load())
          .as(invalid)
          .isInstanceOf(ComposeFileException.class)
          .hasMessageContaining("invalid project name \"" + invalid + "\"")
          .hasMessageContaining("must consist only of lowercase alphanumeric characters");
    }
  }

  @Test
  void invalidEnvironmentValueIsAnError() {
    project.file("compose.yaml", NAMED);
    project.env("COMPOSE_PROJECT_NAME", "My.Project");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("invalid project name \"My.Project\"");
  }

  @Test
  void invalidDotEnvValueIsAnError() {
    project.file("compose.yaml", NAMED);
    project.file(".env", "COMPOSE_PROJECT_NAME=Bad Name\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("invalid project name \"Bad Name\"");
  }

  @Test
  void numericNameIsASchemaError() {
    project.file("compose.yaml", "name: 123\nservices:\n  web:\n    image: nginx\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":1:7: name: ");
  }

  @Test
  void missingRequiredVariableInNameHasItsPosition() {
    project.file("compose.yaml", "name: ${APP:?set APP}\nservices:\n  web:\n    image: nginx\n");
    assertThatThrownBy(() -> project.load("compose.yaml"))
        .isInstanceOf(dev.phoenix.api.compose.InterpolationException.class)
        .hasMessageStartingWith(project.shown("compose.yaml") + ":1:7: name: ")
        .hasMessageContaining("set APP");
  }

  @Test
  void chosenNameIsVisibleToInterpolation() {
    project.file("compose.yaml", """
        name: ${PREFIX:-app}
        services:
          web:
            image: nginx
            container_name: ${COMPOSE_PROJECT_NAME}-web
            labels:
              project: $COMPOSE_PROJECT_NAME
        """);
    assertThat(project.load("compose.yaml").services().get("web").containerName()).isEqualTo("app-web");
    assertThat(project.loader("compose.yaml").projectName("given").load().services().get("web").labels())
        .containsEntry("project", "given");
  }

  @Test
  void directoryNameIsVisibleToInterpolation() {
    project.file("compose.yaml", "services:\n  web:\n    image: nginx\n    container_name: ${COMPOSE_PROJECT_NAME}_web\n");
    assertThat(project.load("compose.yaml").services().get("web").containerName()).isEqualTo("shop_web");
  }

  @Test
  void projectNamePrefixesResourceNames() {
    project.file("compose.yaml", """
        services:
          web:
            image: nginx
            volumes: [data:/data]
        volumes:
          data: {}
        """);
    ComposeProject loaded = project.loader("compose.yaml").projectName("p1").load();
    assertThat(loaded.volumes().get("data").name()).isEqualTo("p1_data");
    assertThat(loaded.networks().get("default").name()).isEqualTo("p1_default");
  }
}
