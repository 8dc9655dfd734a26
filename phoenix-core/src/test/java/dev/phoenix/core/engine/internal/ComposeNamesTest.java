package dev.phoenix.core.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.BuildSpec;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.compose.VolumeSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeNamesTest {
  // Built by hand, as a program may: only the loader names every resource.
  private final ComposeProject project = ComposeProject.builder("shop")
      .networks(Map.of(
          "front", NetworkSpec.builder().build(),
          "edge", NetworkSpec.builder().external(true).build(),
          "back", NetworkSpec.builder().name("shared-back").build()))
      .volumes(Map.of(
          "data", VolumeSpec.defaults(),
          "certs", new VolumeSpec(null, null, Map.of(), true, Map.of(), Map.of(), Map.of()),
          "logs", VolumeSpec.external("central-logs")))
      .build();

  @Test
  void anUnnamedResourceIsNamedAsComposeNamesIt() {
    assertThat(ComposeNames.network(project, "front")).isEqualTo("shop_front");
    assertThat(ComposeNames.network(project, "edge")).isEqualTo("edge");
    assertThat(ComposeNames.volume(project, "data")).isEqualTo("shop_data");
    assertThat(ComposeNames.volume(project, "certs")).isEqualTo("certs");
  }

  @Test
  void aNamedResourceKeepsItsName() {
    assertThat(ComposeNames.network(project, "back")).isEqualTo("shared-back");
    assertThat(ComposeNames.volume(project, "logs")).isEqualTo("central-logs");
  }

  @Test
  void anUndeclaredKeyIsNamedAsAStackResource() {
    assertThat(ComposeNames.network(project, "other")).isEqualTo("shop_other");
    assertThat(ComposeNames.volume(project, "other")).isEqualTo("shop_other");
  }

  @Test
  void theReferenceIsTheImageElseProjectDashService() {
    ServiceSpec built = ServiceSpec.builder("api").build(BuildSpec.builder().context("/src").build()).build();

    assertThat(ComposeNames.image("shop", built)).isEqualTo("shop-api");
    assertThat(ComposeNames.image("shop", built.toBuilder().image("reg/api:2").build())).isEqualTo("reg/api:2");
  }
}
