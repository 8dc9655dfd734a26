package dev.phoenix.core.engine.internal.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.DeploySpec;
import dev.phoenix.api.compose.ServiceIsolation;
import dev.phoenix.api.compose.ServiceResources;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.UnsupportedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key a service sets is either applied to the container or named as unsupported. */
class UnsupportedKeysTest {
  @TempDir
  Path dir;

  private static Set<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
  }

  @SafeVarargs
  private static void assertPartition(Class<? extends Record> type, Set<String>... sets) {
    Set<String> placed = new HashSet<>();
    for (Set<String> set : sets) {
      for (String key : set) {
        assertThat(placed.add(key)).as(type.getSimpleName() + "." + key + " is placed twice").isTrue();
      }
    }
    assertThat(placed).as("components of " + type.getSimpleName()
        + " must each be mapped, handled by the deployer or reported (UnsupportedKeys)").isEqualTo(components(type));
  }

  @Test
  void everyModelComponentIsMappedOrReported() {
    assertPartition(ServiceSpec.class, UnsupportedKeys.MAPPED_SERVICE, UnsupportedKeys.DEPLOYER_SERVICE,
        UnsupportedKeys.REPORTED_SERVICE);
    assertPartition(ServiceResources.class, UnsupportedKeys.MAPPED_RESOURCES);
    assertPartition(ServiceIsolation.class, UnsupportedKeys.MAPPED_ISOLATION, UnsupportedKeys.REPORTED_ISOLATION);
    assertPartition(DeploySpec.class, UnsupportedKeys.MAPPED_DEPLOY, UnsupportedKeys.REPORTED_DEPLOY);
  }

  @Test
  void aPlainServiceHasNone() {
    MappingFixture fixture = new MappingFixture(dir, "shop", "services:\n  web:\n    image: nginx\n    ports: [80]\n");
    assertThat(UnsupportedKeys.of(fixture.service("web"), fixture.project)).isEmpty();
  }

  @Test
  void namesWhatIsNotApplied() throws Exception {
    Files.writeString(dir.resolve("token.txt"), "s3cret");
    MappingFixture fixture = new MappingFixture(dir, "shop", """
        services:
          web:
            image: nginx
            develop: {watch: [{path: ./src, action: sync, target: /src}]}
            post_start: [{command: echo hi}]
            pre_stop: [{command: echo bye}]
            cap_add: [NOT_A_CAP]
            security_opt: [systempaths=unconfined]
            logging: {driver: my-plugin}
            annotations: {a: b}
            healthcheck: {test: [CMD, "true"], start_period: 5s, start_interval: 1s}
            secrets: [token, {source: env_secret}, {source: token, target: t2, mode: 0400}]
            volumes:
              - type: volume
                source: db
                target: /db
                volume: {subpath: sub}
            networks:
              front: {driver_opts: {a: b}, interface_name: eth7}
            deploy:
              mode: global
              placement: {constraints: [node.role == manager]}
              update_config: {parallelism: 1}
              restart_policy: {condition: any, delay: 5s}
              resources: {reservations: {cpus: "0.5"}}
        volumes:
          db: {}
        networks:
          front: {}
        secrets:
          token: {file: ./token.txt}
          env_secret: {environment: HOME}
        """);
    List<UnsupportedKey> keys = UnsupportedKeys.of(fixture.service("web"), fixture.project, "1.41");
    assertThat(keys).allSatisfy(key -> assertThat(key.service()).isEqualTo("web"));
    assertThat(keys).extracting(UnsupportedKey::key).containsExactlyInAnyOrder(
        "develop", "post_start", "pre_stop", "cap_add", "security_opt", "logging.driver", "annotations",
        "healthcheck.start_interval", "secrets.env_secret", "secrets.token", "volumes[/db].volume.subpath",
        "networks.front.driver_opts", "networks.front.interface_name", "deploy.mode", "deploy.placement",
        "deploy.update_config", "deploy.restart_policy.delay", "deploy.resources.reservations.cpus");
    assertThat(keys).filteredOn(k -> k.key().equals("secrets.env_secret")).extracting(UnsupportedKey::reason)
        .singleElement().asString().contains("later issue");
    List<String> current = UnsupportedKeys.of(fixture.service("web"), fixture.project, "1.44").stream()
        .map(UnsupportedKey::key).toList();
    assertThat(current).doesNotContain("annotations", "healthcheck.start_interval");
  }
}
