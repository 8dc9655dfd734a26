package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistencyCheckTest {
  private static YamlMap load(String yaml) {
    NormalizeOptions options = new NormalizeOptions("p", Path.of("/p"), Map.of(), Path.of("/h"), false, true, null);
    return Normalizer.normalize(Canonicalizer.canonicalize(Fixtures.yaml(yaml), options), options);
  }

  @Test
  void aConsistentProjectPasses() {
    YamlMap project = load("""
        services:
          web:
            image: nginx
            depends_on: [api]
            volumes: [data:/data]
            secrets: [token]
            configs: [conf]
            cpus: 0.5
            mem_limit: 512m
            deploy: {replicas: 2, resources: {limits: {cpus: "0.5", memory: 536870912}}}
          api: {build: ., networks: [back]}
        networks: {back: {}}
        volumes: {data: {}}
        secrets: {token: {file: ./t}}
        configs: {conf: {file: ./c}}
        """);

    assertThatCode(() -> ConsistencyCheck.check(project)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "services: {web: {}}"
          + "| services.web: service \"web\" has neither an image nor a build context specified",
      "services: {web: {image: x, networks: [missing]}}"
          + "| services.web.networks.missing: service \"web\" refers to undefined network missing",
      "services: {web: {image: x, depends_on: [db]}}"
          + "| services.web.depends_on.db: service \"web\" depends on undefined service \"db\"",
      "services: {web: {image: x, volumes: ['data:/data']}}"
          + "| services.web.volumes[0]: service \"web\" refers to undefined volume data",
      "services: {web: {image: x, secrets: [s]}}"
          + "| services.web.secrets[0]: service \"web\" refers to undefined secret s",
      "services: {web: {image: x, configs: [c]}}"
          + "| services.web.configs[0]: service \"web\" refers to undefined config c",
      "services: {web: {build: {context: ., secrets: [s]}}}"
          + "| services.web.build.secrets[0]: service \"web\" refers to undefined build secret s",
      "services: {web: {image: x, network_mode: 'service:vpn'}}"
          + "| services.web.network_mode: service \"vpn\" not found for network_mode 'service:vpn'",
      "{services: {web: {image: x, network_mode: host, networks: [n]}}, networks: {n: {}}}"
          + "| services.web.network_mode: service \"web\" declares mutually exclusive `network_mode` and `networks`",
      "services: {web: {image: x, healthcheck: {test: [curl, localhost]}}}"
          + "| services.web.healthcheck.test: healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"",
      "services: {web: {image: x, scale: 2, deploy: {replicas: 3}}}"
          + "| services.web.scale: can't set distinct values on 'scale' and 'deploy.replicas'",
      "services: {web: {image: x, container_name: web, deploy: {replicas: 2}}}"
          + "| services.web.container_name: can't set container_name and deploy.replicas as container name must be unique",
      "services: {web: {image: x, cpus: 1, deploy: {resources: {limits: {cpus: 2}}}}}"
          + "| services.web.cpus: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'",
      "services: {web: {image: x, mem_limit: 1g, deploy: {resources: {limits: {memory: 512m}}}}}"
          + "| services.web.mem_limit: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'",
      "services: {web: {image: x, mem_reservation: 1g, deploy: {resources: {reservations: {memory: 512m}}}}}"
          + "| services.web.mem_reservation: can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'",
      "services: {web: {image: x, pids_limit: 10, deploy: {resources: {limits: {pids: 20}}}}}"
          + "| services.web.pids_limit: can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'",
      "services: {web: {build: {context: ., dockerfile: D, dockerfile_inline: FROM x}}}"
          + "| services.web.build: service \"web\" declares mutually exclusive dockerfile and dockerfile_inline",
      "services: {web: {image: x, platform: linux/arm64, build: {context: ., platforms: [linux/amd64]}}}"
          + "| services.web.build.platforms: build.platforms must include the service platform \"linux/arm64\"",
      "services: {web: {image: x, develop: {watch: [{path: ./src, action: sync}]}}}"
          + "| services.web.develop.watch[0]: target is required for non-rebuild actions",
      "services: {a: {image: x, container_name: same}, b: {image: y, container_name: same}}"
          + "| services.b.container_name: container name \"same\" is already in use by service \"a\"",
      "{services: {}, secrets: {s: {labels: {a: b}}}}"
          + "| secrets.s: secret \"s\" must declare either `file` or `environment`",
  })
  void eachInconsistencyIsReportedWithItsPath(String yaml, String message) {
    YamlMap project = load(yaml);

    assertThatThrownBy(() -> ConsistencyCheck.check(project))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageEndingWith(message.strip())
        .hasMessageStartingWith("compose.yaml:");
  }

  @Test
  void theErrorCarriesTheSourcePosition() {
    YamlMap project = load("""
        services:
          web:
            image: nginx
            depends_on:
              - db
        """);

    assertThatThrownBy(() -> ConsistencyCheck.check(project))
        .hasMessage("compose.yaml:5:9: services.web.depends_on.db: service \"web\" depends on undefined service \"db\"");
  }

  @Test
  void dependencyCyclesAreReportedInNameOrder() {
    YamlMap project = load("""
        services:
          c: {image: x, depends_on: [a]}
          b: {image: x, depends_on: [c]}
          a: {image: x, depends_on: [b]}
          d: {image: x, depends_on: [a]}
        """);

    assertThatThrownBy(() -> ConsistencyCheck.check(project))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageEndingWith("services.c.depends_on.a: dependency cycle detected: a -> b -> c -> a");
  }

  @Test
  void implicitDependenciesTakePartInCycles() {
    YamlMap project = load("""
        services:
          web: {image: x, network_mode: "service:proxy"}
          proxy: {image: x, volumes_from: [web]}
        """);

    assertThatThrownBy(() -> ConsistencyCheck.check(project))
        .isInstanceOf(ComposeCycleException.class)
        .hasMessageEndingWith("dependency cycle detected: proxy -> web -> proxy");
  }

  @Test
  void aServiceDependingOnItselfIsACycle() {
    YamlMap project = load("services: {a: {image: x, depends_on: [a]}}");

    assertThatThrownBy(() -> ConsistencyCheck.check(project)).hasMessageEndingWith("dependency cycle detected: a -> a");
  }
}
