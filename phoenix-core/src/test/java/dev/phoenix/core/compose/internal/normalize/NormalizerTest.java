package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static YamlMap normalize(String yaml, Map<String, String> environment) {
    NormalizeOptions options = new NormalizeOptions("shop", Path.of("/p"), environment, Path.of("/h"), false, true, null);
    return Normalizer.normalize(Canonicalizer.canonicalize(Fixtures.yaml(yaml), options), options);
  }

  private static void assertTree(Object actual, String expectedYaml) {
    assertThat(Fixtures.differences(Fixtures.yaml(expectedYaml), actual)).isEmpty();
  }

  @Test
  void sharedNamespacesLinksAndVolumesFromImplyDependencies() {
    YamlMap project = normalize("""
        services:
          app:
            image: app
            network_mode: service:vpn
            pid: service:monitor
            links: [db:database, cache]
            volumes_from: [data:ro, container:abc]
            depends_on: {db: {condition: service_healthy}}
        """, Map.of());

    assertTree(((YamlMap) project.get("services")).get("app"), """
        image: app
        network_mode: service:vpn
        pid: service:monitor
        links: [db:database, cache]
        volumes_from: [data:ro, container:abc]
        depends_on:
          db: {condition: service_healthy, required: true}
          cache: {condition: service_started, restart: true, required: true}
          vpn: {condition: service_started, restart: true, required: true}
          monitor: {condition: service_started, restart: true, required: true}
          data: {condition: service_started, required: true}
        """);
  }

  @Test
  void servicesWithoutNetworksJoinTheDefaultNetworkAndResourcesAreNamed() {
    YamlMap project = normalize("""
        name: ignored
        services:
          web: {image: nginx}
          host: {image: nginx, network_mode: host}
          api: {image: api, networks: [back]}
        networks:
          back:
          ext: {external: true}
        volumes:
          data: {}
          named: {name: fixed}
        secrets:
          token: {environment: TOKEN}
        """, Map.of());

    assertTree(project, """
        name: shop
        services:
          web: {image: nginx, networks: {default: null}}
          host: {image: nginx, network_mode: host}
          api: {image: api, networks: {back: null}}
        networks:
          back: {name: shop_back}
          ext: {external: true, name: ext}
          default: {name: shop_default}
        volumes:
          data: {name: shop_data}
          named: {name: fixed}
        secrets:
          token: {environment: TOKEN, name: shop_token}
        """);
  }

  @Test
  void bareKeysAreResolvedFromTheEnvironment() {
    YamlMap project = normalize("""
        services:
          web:
            image: web
            environment: [SET, UNSET, GIVEN=x]
            build: {context: ., args: [SET, UNSET]}
            pull_policy: if_not_present
        """, Map.of("SET", "from-env"));

    assertTree(((YamlMap) project.get("services")).get("web"), """
        image: web
        environment: {SET: from-env, UNSET: null, GIVEN: x}
        build: {context: ., dockerfile: Dockerfile, args: {SET: from-env}}
        pull_policy: missing
        networks: {default: null}
        """);
  }

  @Test
  void normalizationOffLeavesTheProjectAsItIs() {
    NormalizeOptions options = new NormalizeOptions("shop", Path.of("/p"), Map.of(), Path.of("/h"), false, false, null);
    YamlMap canonical = Canonicalizer.canonicalize(Fixtures.yaml("services: {web: {image: nginx, links: [db]}}"), options);
    String before = canonical.toString();

    assertThat(Normalizer.normalize(canonical, options)).hasToString(before);
  }

  @Test
  void worksOnATreeBuiltFromPlainImmutableMaps() {
    NormalizeOptions options = new NormalizeOptions("shop", Path.of("/p"), Map.of(), Path.of("/h"), false, true, null);
    YamlMap project = new YamlMap();
    project.put("services", Map.of("web", Map.of("image", "nginx", "links", List.of("db")), "db", Map.of("image", "pg")));
    project.put("volumes", Map.of("data", Map.of()));

    Normalizer.normalize(project, options);

    assertTree(project, """
        name: shop
        services:
          web:
            image: nginx
            links: [db]
            networks: {default: null}
            depends_on: {db: {condition: service_started, restart: true, required: true}}
          db: {image: pg, networks: {default: null}}
        networks: {default: {name: shop_default}}
        volumes: {data: {name: shop_data}}
        """);
  }
}
