package dev.phoenix.core.engine.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.phoenix.api.compose.BuildSpec;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.UnsupportedKey;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pull policies and unsupported build keys: what needs no engine. */
class ImageProviderTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null, MISSING", "always, ALWAYS", "missing, MISSING", "if_not_present, MISSING", "never, NEVER",
      "build, BUILD", "daily, MISSING", "weekly, MISSING", "every_12h, MISSING", "ALWAYS, ALWAYS"})
  void readsTheServicePolicy(String value, PullPolicy expected) {
    ServiceSpec service = ServiceSpec.builder("web").image("nginx").pullPolicy(value).build();

    assertThat(ImageProvider.effectivePolicy(service, DeployOptions.defaults())).isEqualTo(expected);
    assertThat(ImageProvider.effectivePolicy(service, null)).isEqualTo(expected);
  }

  @Test
  void theOptionsOverrideTheService() {
    ServiceSpec service = ServiceSpec.builder("web").image("nginx").pullPolicy("never").build();

    assertThat(ImageProvider.effectivePolicy(service, DeployOptions.defaults().withPullPolicy(PullPolicy.ALWAYS)))
        .isEqualTo(PullPolicy.ALWAYS);
  }

  @Test
  void aPeriodicPolicyWarnsOnceAndAnUnknownOneIsADeploymentError() {
    List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
    ImageProvider provider = new ImageProvider(unusedClient(), "shop", events::add);
    ServiceSpec daily = ServiceSpec.builder("web").image("nginx").pullPolicy("daily").build();

    assertThat(provider.policy(daily, DeployOptions.defaults())).isEqualTo(PullPolicy.MISSING);
    assertThat(provider.policy(daily, DeployOptions.defaults())).isEqualTo(PullPolicy.MISSING);

    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo(DeploymentEvent.Type.WARNING);
      assertThat(event.service()).isEqualTo("web");
      assertThat(event.message()).contains("daily").contains("missing");
    });
    ServiceSpec odd = ServiceSpec.builder("db").image("pg").pullPolicy("sometimes").build();
    assertThatThrownBy(() -> provider.policy(odd, DeployOptions.defaults()))
        .isInstanceOf(DeploymentException.class).hasMessageContaining("db").hasMessageContaining("sometimes");
  }

  @Test
  void aPresentImageUnderMissingOrNeverCostsNoEngineCall() {
    ImageProvider provider = new ImageProvider(unusedClient(), "shop", event -> { });
    ServiceSpec web = ServiceSpec.builder("web").image("nginx:1").build();

    assertThat(provider.ensure(web, "nginx:1", PullPolicy.MISSING, Optional.of("sha256:abc"))).isEqualTo("sha256:abc");
    assertThat(provider.ensure(web, "nginx:1", PullPolicy.NEVER, Optional.of("sha256:abc"))).isEqualTo("sha256:abc");
    assertThatThrownBy(() -> provider.ensure(web, "nginx:1", PullPolicy.NEVER, Optional.empty(), List.of("done x")))
        .isInstanceOf(ImageUnavailableException.class)
        .hasMessageContaining("nginx:1").hasMessageContaining("web")
        .hasMessageContaining("missing").hasMessageContaining("pull policy is never")
        .hasMessageContaining("done x");
  }

  @Test
  void namesTheBuildKeysTheClassicBuilderCannotApply() {
    BuildSpec build = BuildSpec.builder().context("/src").ssh(List.of("default")).cacheTo(List.of("type=local"))
        .platforms(List.of("linux/amd64")).additionalContexts(Map.of("x", "/y")).provenance("true")
        .args(Map.of("A", "1")).target("prod").build();
    ServiceSpec service = ServiceSpec.builder("api").build(build).build();

    assertThat(ImageProvider.unsupportedBuildKeys(service)).extracting(UnsupportedKey::key)
        .containsExactlyInAnyOrder("build.ssh", "build.cache_to", "build.platforms", "build.additional_contexts",
            "build.provenance");
    assertThat(ImageProvider.unsupportedBuildKeys(service)).allSatisfy(key -> assertThat(key.service()).isEqualTo("api"));
    assertThat(ImageProvider.unsupportedBuildKeys(ServiceSpec.builder("web").image("nginx").build())).isEmpty();
  }

  @Test
  void splitsAReferenceIntoRepositoryAndTagOrDigest() {
    assertThat(ImagePuller.split("nginx")).containsExactly("nginx", "latest");
    assertThat(ImagePuller.split("127.0.0.1:5000/a/b:1.2")).containsExactly("127.0.0.1:5000/a/b", "1.2");
    assertThat(ImagePuller.split("127.0.0.1:5000/a/b")).containsExactly("127.0.0.1:5000/a/b", "latest");
    assertThat(ImagePuller.split("a/b:1@sha256:00ff")).containsExactly("a/b", "sha256:00ff");
  }

  /** A real client that these tests never let reach an engine. */
  private static DockerClient unusedClient() {
    DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
        .withDockerHost("tcp://127.0.0.1:9").build();
    return DockerClientImpl.getInstance(config,
        new ZerodepDockerHttpClient.Builder().dockerHost(URI.create("tcp://127.0.0.1:9")).build());
  }
}
