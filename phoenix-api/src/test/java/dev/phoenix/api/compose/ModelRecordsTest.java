package dev.phoenix.api.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model records: validation in their constructors, defensive copies, builders. */
class ModelRecordsTest {
  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<String> command = new ArrayList<>(List.of("echo", "hi"));
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("B", "2");
    environment.put("A", null);

    ServiceSpec service = ServiceSpec.builder("web").command(command).environment(environment).build();
    command.add("changed");
    environment.put("C", "3");

    assertThat(service.command()).containsExactly("echo", "hi");
    assertThat(service.environment().keySet()).containsExactly("B", "A");
    assertThat(service.environment()).containsEntry("A", null).doesNotContainKey("C");
    assertThatThrownBy(() -> service.command().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> service.environment().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void absentAndEmptyAreKeptApartWhereTheyMeanDifferentThings() {
    assertThat(ServiceSpec.builder("a").build().command()).isNull();
    assertThat(ServiceSpec.builder("a").command(List.of()).build().command()).isEmpty();
    assertThat(ServiceSpec.builder("a").build().labels()).isEmpty();
    assertThat(ServiceSpec.builder("a").build().resources()).isSameAs(ServiceResources.none());
    assertThat(ServiceSpec.builder("a").build().isolation()).isSameAs(ServiceIsolation.none());
  }

  @Test
  @SuppressWarnings("unchecked")
  void extensionsAreDeepCopiesWithTreeTypes() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("list", new ArrayList<>(List.of(1, 2.5f)));

    ServiceSpec service = ServiceSpec.builder("web").extensions(Map.of("x-meta", nested)).build();
    nested.put("added", true);

    assertThat(service.extensions()).isEqualTo(Map.of("x-meta", Map.of("list", List.of(1L, 2.5d))));
    assertThatThrownBy(() -> ((Map<String, Object>) service.extensions().get("x-meta")).put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void extensionAndUnknownKeysAreChecked() {
    assertThatThrownBy(() -> ServiceSpec.builder("web").extensions(Map.of("meta", 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with x-");
    assertThatThrownBy(() -> ServiceSpec.builder("web").unknown(Map.of("x-meta", 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs in extensions");
    assertThatThrownBy(() -> ServiceSpec.builder("web").unknown(Map.of("odd", new Object())).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a YAML value");
  }

  @Test
  void invalidValuesAreRefused() {
    assertThatThrownBy(() -> PortMapping.builder().target(70000).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceSpec.builder("").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceSpec.builder(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceSpec.builder("a").scale(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HealthCheck.builder().interval(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ulimit(1L, 2L, 3L, Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeviceRequest(List.of(), null, -2L, List.of(), Map.of(), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceResources.builder().cpus(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceSpec.builder("a").labels(mapWithNull()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels.k must not be null");
    assertThatThrownBy(() -> ServiceSpec.builder("a").ports(listWithNull()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ports must not contain null");
    assertThatThrownBy(() -> ServiceMount.builder(null).build()).isInstanceOf(NullPointerException.class);
  }

  @Test
  void servicesSitUnderTheirOwnNames() {
    ServiceSpec web = ServiceSpec.builder("web").image("nginx").build();

    assertThatThrownBy(() -> ComposeProject.builder("p").services(Map.of("api", web)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key api holds the service named web");
    assertThatThrownBy(() -> ComposeProject.builder("p").services(Map.of("web", web))
        .disabledServices(Map.of("web", web)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both enabled and disabled");
  }

  @Test
  void toBuilderGivesAnEqualRecordAndChangesOnlyWhatIsSet() {
    ServiceSpec web = ServiceSpec.builder("web")
        .image("nginx:1.27")
        .ports(List.of(PortMapping.builder().target(80).published("8080").build()))
        .healthcheck(HealthCheck.builder().test(List.of("CMD", "true")).retries(3).build())
        .deploy(DeploySpec.builder().replicas(2).build())
        .build(BuildSpec.builder().context("/src").build())
        .resources(ServiceResources.builder().memLimit(1L << 30).build())
        .isolation(ServiceIsolation.builder().readOnly(true).build())
        .build();
    ComposeProject project = ComposeProject.builder("shop")
        .workingDirectory(Path.of("/srv/shop"))
        .services(Map.of("web", web))
        .networks(Map.of("front", NetworkSpec.builder().external(true).name("traefik").build()))
        .volumes(Map.of("data", VolumeSpec.defaults()))
        .build();

    assertThat(project.toBuilder().build()).isEqualTo(project);
    assertThat(web.toBuilder().build()).isEqualTo(web);
    assertThat(web.toBuilder().scale(3).build().image()).isEqualTo("nginx:1.27");
    assertThat(web.ports().get(0).toBuilder().build()).isEqualTo(web.ports().get(0));
    assertThat(web.ports().get(0).mode()).isEqualTo("ingress");
    assertThat(web.ports().get(0).protocol()).isEqualTo("tcp");
    assertThat(web.healthcheck().toBuilder().disable(true).build().retries()).isEqualTo(3);
    assertThat(web.deploy().toBuilder().build()).isEqualTo(web.deploy());
    assertThat(web.build().toBuilder().build()).isEqualTo(web.build());
    assertThat(web.resources().toBuilder().build()).isEqualTo(web.resources());
    assertThat(web.isolation().toBuilder().build()).isEqualTo(web.isolation());
    assertThat(project.networks().get("front").toBuilder().build()).isEqualTo(project.networks().get("front"));
  }

  @Test
  void shortSyntaxFactoriesMeanWhatComposeMeans() {
    assertThat(ServiceSecretRef.of("token").target()).isEqualTo("/run/secrets/token");
    assertThat(EnvFileRef.of(".env").required()).isTrue();
    assertThat(DependsOn.of(DependsOn.Condition.SERVICE_HEALTHY).required()).isTrue();
    assertThat(BindOptions.defaults().createHostPath()).isTrue();
    assertThat(DeviceMapping.of("/dev/a", "/dev/a").permissions()).isEqualTo("rwm");
    assertThat(Ulimit.of(1024).effectiveSoft()).isEqualTo(1024);
    assertThat(Ulimit.of(10, 20).effectiveHard()).isEqualTo(20);
    assertThat(ServiceMount.Type.fromValue("tmpfs")).isEqualTo(ServiceMount.Type.TMPFS);
    assertThat(ServiceMount.Type.fromValue("nfs")).isNull();
    assertThat(DependsOn.Condition.fromValue("service_completed_successfully"))
        .isEqualTo(DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY);
  }

  @Test
  void secretContentStaysOutOfToString() {
    SecretSpec secret = new SecretSpec(null, null, "TOKEN", "s3cr3t", false, Map.of(), null, Map.of(), null,
        Map.of(), Map.of());

    assertThat(secret.toString()).doesNotContain("s3cr3t").contains("content=<redacted>");
  }

  private static Map<String, String> mapWithNull() {
    Map<String, String> map = new HashMap<>();
    map.put("k", null);
    return map;
  }

  private static List<PortMapping> listWithNull() {
    List<PortMapping> list = new ArrayList<>();
    list.add(null);
    return list;
  }
}
