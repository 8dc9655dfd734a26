package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalizerTest {
  @TempDir
  Path project;

  private NormalizeOptions options(Map<String, String> environment) {
    return new NormalizeOptions("p", project, environment, project.resolve("home"), true, false, Fixtures::envFile);
  }

  private YamlMap web(String yaml, Map<String, String> environment) {
    return PortsTest.service(Canonicalizer.canonicalize(Fixtures.yaml(yaml), options(environment)));
  }

  private static void assertTree(Object actual, String expectedYaml) {
    assertThat(Fixtures.differences(Fixtures.yaml(expectedYaml), actual)).isEmpty();
  }

  @Test
  void keyValueListsBecomeMapsOfStrings() {
    YamlMap web = web("""
        services:
          web:
            environment: [A=1, B=, C, D=x=y]
            labels: [com.example=1, flag]
            annotations: {n: 42, f: 1.0, b: true, e: null}
            sysctls: {net.core.somaxconn: 1024}
            build: {context: ., args: [X, Y=2]}
        """, Map.of());

    assertTree(web, """
        environment: {A: "1", B: "", C: null, D: x=y}
        labels: {com.example: "1", flag: ""}
        annotations: {n: "42", f: "1", b: "true", e: ""}
        sysctls: {net.core.somaxconn: "1024"}
        build: {context: %s, args: {X: null, Y: "2"}}
        """.formatted(project));
  }

  @Test
  void bareEnvironmentKeysTakeTheProjectValueAndEnvFilesComeUnderTheServiceValues() throws IOException {
    Files.writeString(project.resolve("a.env"), "FROM_FILE=a\nOVERRIDDEN=a\nBARE=a\n");
    Files.writeString(project.resolve("b.env"), "OVERRIDDEN=b\n");
    YamlMap web = web("""
        services:
          web:
            env_file: [a.env, {path: ./b.env}, {path: missing.env, required: false, format: raw}]
            environment:
              OWN: own
              BARE:
              FROM_PROJECT:
        """, Map.of("FROM_PROJECT", "project"));

    assertTree(web, """
        env_file:
          - {path: %1$s/a.env}
          - {path: %1$s/b.env}
          - {path: %1$s/missing.env, required: false, format: raw}
        environment: {FROM_FILE: a, OVERRIDDEN: b, BARE: null, OWN: own, FROM_PROJECT: project}
        """.formatted(project));
  }

  @Test
  void envFileInterpolationSeesTheProjectEnvironmentThenTheServiceEnvironment() throws IOException {
    Files.writeString(project.resolve("x.env"), "X=1\n");
    Map<String, Object> seen = new LinkedHashMap<>();
    NormalizeOptions options = new NormalizeOptions("p", project, Map.of("SHARED", "project"), project, true, false,
        (file, format, lookup) -> {
          seen.put("SHARED", lookup.apply("SHARED"));
          seen.put("OWN", lookup.apply("OWN"));
          seen.put("NONE", String.valueOf(lookup.apply("NONE")));
          seen.put("format", format);
          return Map.of();
        });

    Canonicalizer.canonicalize(Fixtures.yaml("""
        services: {web: {env_file: {path: x.env, format: raw}, environment: {SHARED: own, OWN: own}}}
        """.replace("env_file: {path: x.env, format: raw}", "env_file: [{path: x.env, format: raw}]")), options);

    assertThat(seen).containsExactly(Map.entry("SHARED", "project"), Map.entry("OWN", "own"), Map.entry("NONE", "null"), Map.entry("format", "raw"));
  }

  @Test
  void aMissingRequiredEnvFileIsReportedAtItsEntry() {
    YamlMap tree = Fixtures.yaml("""
        services:
          web:
            env_file:
              - missing.env
        """);

    assertThatThrownBy(() -> Canonicalizer.canonicalize(tree, options(Map.of())))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("compose.yaml:4:9: services.web.env_file[0]: env file " + project.resolve("missing.env") + " not found");
  }

  @Test
  void labelFilesComeUnderTheServiceLabels() throws IOException {
    Files.writeString(project.resolve("one.label"), "A=1\nB=1\n");
    Files.writeString(project.resolve("two.label"), "B=2\nC=2\n");

    YamlMap web = web("services: {web: {label_file: [one.label, two.label], labels: {C: own}}}", Map.of());

    assertTree(web, """
        label_file: [%1$s/one.label, %1$s/two.label]
        labels: {A: "1", B: "2", C: own}
        """.formatted(project));
  }

  @Test
  void shortSyntaxOfOtherAttributesBecomesTheLongForm() {
    YamlMap web = web("""
        services:
          web:
            build: ./app
            command: sh -c "echo hi"
            entrypoint: []
            depends_on: [db]
            networks: [front, back]
            secrets: [token, {source: key, target: /k, uid: 1000, mode: 0400}]
            configs: [conf]
            devices: ["/dev/a", "/dev/b:/dev/c", "/dev/d:/dev/e:r"]
            dns: 8.8.8.8
            tmpfs: /run
            expose: [80, "443/tcp"]
            extra_hosts: {b: "::1", a: [10.0.0.1, 10.0.0.2]}
            healthcheck: {test: curl -f localhost, interval: 90s, start_period: 1m}
            stop_grace_period: 1m30s
            ulimits: {nproc: 65535, nofile: {soft: 1, hard: "2"}}
            mem_limit: 1g
            shm_size: 64m
            cpus: "1.5"
            deploy:
              resources: {limits: {cpus: 0.5, memory: 512M}, reservations: {devices: [{capabilities: [gpu]}]}}
              restart_policy: {delay: 5s, window: 120s}
            gpus: all
            logging: {driver: json-file, options: {max-file: 3}}
            post_start: [{command: echo started, environment: [A]}]
        """, Map.of());

    assertTree(web, """
        build: {context: %s/app}
        command: [sh, -c, echo hi]
        entrypoint: []
        depends_on: {db: {condition: service_started, required: true}}
        networks: {front: null, back: null}
        secrets:
          - {source: token, target: /run/secrets/token}
          - {source: key, target: /k, uid: "1000", mode: "0400"}
        configs: [{source: conf}]
        devices:
          - {source: /dev/a, target: /dev/a, permissions: rwm}
          - {source: /dev/b, target: /dev/c, permissions: rwm}
          - {source: /dev/d, target: /dev/e, permissions: r}
        dns: [8.8.8.8]
        tmpfs: [/run]
        expose: ["80", "443/tcp"]
        extra_hosts: [a=10.0.0.1, a=10.0.0.2, b=::1]
        healthcheck: {test: [CMD-SHELL, curl -f localhost], interval: 1m30s, start_period: 1m0s}
        stop_grace_period: 1m30s
        ulimits: {nproc: 65535, nofile: {soft: 1, hard: 2}}
        mem_limit: "1073741824"
        shm_size: "67108864"
        cpus: 1.5
        deploy:
          resources: {limits: {cpus: 0.5, memory: "536870912"}, reservations: {devices: [{capabilities: [gpu], count: all}]}}
          restart_policy: {delay: 5s, window: 2m0s}
        gpus: [{count: all}]
        logging: {driver: json-file, options: {max-file: "3"}}
        post_start: [{command: [echo, started], environment: {A: null}}]
        """.formatted(project));
  }

  @Test
  void dependsOnMapsGetTheirDefaultsAndDropRestartFalse() {
    YamlMap web = web("""
        services:
          web:
            depends_on:
              db: {condition: service_healthy, restart: false}
              cache: {required: false, restart: true}
              queue:
        """, Map.of());

    assertTree(web, """
        depends_on:
          db: {condition: service_healthy, required: true}
          cache: {condition: service_started, required: false, restart: true}
          queue: {condition: service_started, required: true}
        """);
  }

  @Test
  void healthcheckDisableMeansTestNone() {
    YamlMap web = web("services: {web: {healthcheck: {disable: true}}}", Map.of());

    assertTree(web, "healthcheck: {disable: true, test: [NONE]}");
  }

  @Test
  void topLevelResourcesAreCompletedAndVersionDropped() {
    YamlMap result = Canonicalizer.canonicalize(Fixtures.yaml("""
        version: "3.9"
        services: {}
        networks:
          plain:
          legacy: {external: {name: real}}
          opts: {driver_opts: {mtu: 1500}, labels: [a=b], ipam: {config: [{subnet: 10.0.0.0/24, aux_addresses: {h: 10.0.0.5}}]}}
        volumes:
          bound: {driver: local, driver_opts: {o: bind, type: none, device: ./data}}
        secrets:
          s: {file: ./s.txt}
        configs:
          c: {file: ~/c.txt, x-note: kept}
        x-top: {a: 1}
        """), options(Map.of()));

    assertTree(result, """
        services: {}
        networks:
          plain: {}
          legacy: {name: real, external: true}
          opts: {driver_opts: {mtu: "1500"}, labels: {a: b}, ipam: {config: [{subnet: 10.0.0.0/24, aux_addresses: {h: 10.0.0.5}}]}}
        volumes:
          bound: {driver: local, driver_opts: {o: bind, type: none, device: %1$s/data}}
        secrets:
          s: {file: %1$s/s.txt}
        configs:
          c: {file: %1$s/home/c.txt, x-note: kept}
        x-top: {a: 1}
        """.formatted(project));
  }

  @Test
  void conflictingLegacyExternalNameIsAnError() {
    YamlMap tree = Fixtures.yaml("""
        volumes:
          data:
            name: one
            external:
              name: two
        """);

    assertThatThrownBy(() -> Canonicalizer.canonicalize(tree, options(Map.of())))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("compose.yaml:5:7: volumes.data.external: name and external.name conflict; only use name");
  }

  @Test
  void valueErrorsNameThePositionAndPath() {
    List<String[]> cases = List.of(
        new String[] {"services: {web: {stop_grace_period: 10}}", "compose.yaml:1:37: services.web.stop_grace_period: time: missing unit in duration \"10\""},
        new String[] {"services: {web: {mem_limit: 1x}}", "compose.yaml:1:29: services.web.mem_limit: invalid suffix: 'x'"},
        new String[] {"services: {web: {command: \"echo 'a\"}}", "compose.yaml:1:27: services.web.command: invalid command line string: echo 'a"},
        new String[] {"services: {web: {extra_hosts: [nohost]}}", "compose.yaml:1:32: services.web.extra_hosts[0]: invalid additional host, missing IP: nohost"},
        new String[] {"services: {web: {secrets: [{source: s, mode: rw}]}}", "compose.yaml:1:46: services.web.secrets[0].mode: invalid file mode \"rw\": expected an octal number such as 0440"},
        new String[] {"services: {web: {build: {ssh: [mykey]}}}", "compose.yaml:1:32: services.web.build.ssh[0]: invalid ssh key \"mykey\""},
        new String[] {"services: {web: {ulimits: {nproc: many}}}", "compose.yaml:1:35: services.web.ulimits.nproc: invalid type string \"many\" for ulimits"},
        new String[] {"services: {web: {environment: 42}}", "compose.yaml:1:31: services.web.environment: must be a mapping or a list of KEY=VALUE, found number 42"},
        new String[] {"services: {web: {secrets: [{target: /x}]}}", "compose.yaml:1:28: services.web.secrets[0].source: must be a string, found null"},
        new String[] {"services: [web]", "compose.yaml:1:11: services: must be a mapping, found a sequence"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> Canonicalizer.canonicalize(Fixtures.yaml(c[0]), options(Map.of())))
          .as(c[0]).isInstanceOf(ComposeValidationException.class).hasMessage(c[1]);
    }
  }

  @Test
  void theInputTreeIsLeftUnchanged() {
    YamlMap tree = Fixtures.yaml("services: {web: {ports: ['80'], environment: [A=1]}}");
    String before = tree.toString();

    Canonicalizer.canonicalize(tree, options(Map.of()));

    assertThat(tree).hasToString(before);
  }

  @Test
  void plainMapsWithoutPositionsAreAccepted() {
    Map<String, Object> web = new LinkedHashMap<>();
    web.put("ports", List.of(8080L));
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("services", Map.of("web", web));

    YamlMap result = Canonicalizer.canonicalize(tree, options(Map.of()));

    assertTree(PortsTest.service(result), "ports: [{mode: ingress, target: 8080, protocol: tcp}]");
  }
}
