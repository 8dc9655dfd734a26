package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  private static final String PROJECT = """
      services:
        web: {image: web}
        debug: {image: busybox, profiles: [debug]}
        tools: {image: tools, profiles: [debug, ops]}
      """;

  @Test
  void servicesWithoutProfilesAreAlwaysEnabled() {
    ProfileResult result = Profiles.apply(Fixtures.yaml(PROJECT), Set.of());

    assertThat(((YamlMap) result.project().get("services")).keySet()).containsExactly("web");
    assertThat(result.disabledServices().keySet()).containsExactly("debug", "tools");
  }

  @Test
  void anActiveProfileEnablesItsServices() {
    ProfileResult result = Profiles.apply(Fixtures.yaml(PROJECT), Set.of("ops"));

    assertThat(((YamlMap) result.project().get("services")).keySet()).containsExactly("web", "tools");
    assertThat(result.disabledServices().keySet()).containsExactly("debug");
  }

  @Test
  void theStarProfileEnablesEverything() {
    ProfileResult result = Profiles.apply(Fixtures.yaml(PROJECT), Set.of("*"));

    assertThat(((YamlMap) result.project().get("services")).keySet()).containsExactly("web", "debug", "tools");
    assertThat(result.disabledServices()).isEmpty();
  }

  @Test
  void dependingOnADisabledServiceIsAnErrorUnlessNotRequired() {
    YamlMap required = Fixtures.yaml("""
        services:
          web:
            image: web
            depends_on:
              debug: {condition: service_started, required: true}
          debug: {image: busybox, profiles: [debug]}
        """);
    assertThatThrownBy(() -> Profiles.apply(required, Set.of()))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("compose.yaml:5:14: services.web.depends_on.debug: service \"web\" depends on service \"debug\", "
            + "which is disabled (profiles [debug] not active); activate one of its profiles or set required: false");

    YamlMap optional = Fixtures.yaml("""
        services:
          web: {image: web, depends_on: {debug: {condition: service_started, required: false}}}
          debug: {image: busybox, profiles: [debug]}
        """);
    ProfileResult result = Profiles.apply(optional, Set.of());
    ConsistencyCheck.check(result.project(), result.disabledServices());
    assertThat(result.disabledServices().keySet()).containsExactly("debug");
  }

  @Test
  void worksOnPlainImmutableMaps() {
    YamlMap project = new YamlMap();
    project.put("services", Map.of("web", Map.of("image", "web"), "debug", Map.of("image", "busybox", "profiles", List.of("debug"))));

    ProfileResult result = Profiles.apply(project, Set.of());

    assertThat(((YamlMap) result.project().get("services")).keySet()).containsExactly("web");
    assertThat(result.disabledServices().keySet()).containsExactly("debug");
  }
}
