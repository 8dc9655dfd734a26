package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles chosen with profile(...) or COMPOSE_PROFILES, through the whole loader. */
class LoaderProfilesTest {
  @TempDir
  Path temp;
  TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(temp);
    project.file("compose.yaml", """
        services:
          web:
            image: nginx
          debug:
            image: busybox
            profiles: [debug]
          test:
            image: busybox
            profiles: [test, ci]
          docs:
            image: busybox
            profiles: ["${DOCS_PROFILE:-docs}"]
        """);
  }

  @Test
  void withoutProfilesOnlyServicesWithoutProfilesRun() {
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services()).containsOnlyKeys("web");
    assertThat(loaded.disabledServices()).containsOnlyKeys("debug", "test", "docs");
    assertThat(loaded.disabledServices().get("test").profiles()).containsExactly("test", "ci");
  }

  @Test
  void profileOptionEnablesServices() {
    ComposeProject loaded = project.loader("compose.yaml").profile("debug").profile("ci").load();
    assertThat(loaded.services()).containsOnlyKeys("web", "debug", "test");
    assertThat(loaded.disabledServices()).containsOnlyKeys("docs");
  }

  @Test
  void composeProfilesVariable() {
    project.env("COMPOSE_PROFILES", "debug, test");
    assertThat(project.load("compose.yaml").services()).containsOnlyKeys("web", "debug", "test");
  }

  @Test
  void profileOptionWinsOverTheVariable() {
    project.env("COMPOSE_PROFILES", "debug");
    assertThat(project.loader("compose.yaml").profile("test").load().services()).containsOnlyKeys("web", "test");
  }

  @Test
  void starEnablesAll() {
    assertThat(project.loader("compose.yaml").profile("*").load().services()).containsOnlyKeys("web", "debug", "test", "docs");
    project.env("COMPOSE_PROFILES", "*");
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.services()).containsOnlyKeys("web", "debug", "test", "docs");
    assertThat(loaded.disabledServices()).isEmpty();
  }

  @Test
  void profilesAreInterpolated() {
    project.env("DOCS_PROFILE", "manual");
    assertThat(project.loader("compose.yaml").profile("manual").load().services()).containsOnlyKeys("web", "docs");
  }

  @Test
  void unknownProfileEnablesNothingMore() {
    ComposeProject loaded = project.loader("compose.yaml").profile("nope").load();
    assertThat(loaded.services()).containsOnlyKeys("web");
  }

  @Test
  void disabledServicesAreNormalizedToo() {
    ComposeProject loaded = project.load("compose.yaml");
    assertThat(loaded.disabledServices().get("debug").image()).isEqualTo("busybox");
    assertThat(loaded.disabledServices().get("debug").name()).isEqualTo("debug");
  }
}
