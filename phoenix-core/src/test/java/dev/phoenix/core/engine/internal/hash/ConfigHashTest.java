package dev.phoenix.core.engine.internal.hash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.VolumeSpec;
import dev.phoenix.core.engine.internal.plan.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigHashTest {
  @TempDir
  Path dir;

  private static final String WEB = """
      name: shop
      services:
        web:
          image: nginx:1.27
          environment:
            LOG_LEVEL: info
            TZ: UTC
          labels:
            team: web
          ports: ["8080:80"]
      """;

  private ServiceDigest digest(String yaml, String service) {
    ComposeProject project = Projects.load(dir, yaml);
    return ConfigHash.service(project, project.services().get(service));
  }

  @Test
  void theHashIsPinnedSoThatItStaysTheSameAcrossRunsJvmsAndMachines() {
    ServiceDigest web = digest(WEB, "web");

    // a change here means every deployed container is recreated once: bump FORM_VERSION on purpose
    assertThat(web.hash()).isEqualTo(digest(WEB, "web").hash()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(web.hash()).isEqualTo(PINNED_WEB_HASH);
  }

  private static final String PINNED_WEB_HASH = "a225763664e7d5b0db580148afd809413550e4f23c4624464c97af886d236205";

  @Test
  void keyOrderInTheFileDoesNotMatter() {
    String reordered = """
        services:
          web:
            ports: ["8080:80"]
            labels:
              team: web
            environment:
              TZ: UTC
              LOG_LEVEL: info
            image: nginx:1.27
        name: shop
        """;

    assertThat(digest(reordered, "web")).isEqualTo(digest(WEB, "web"));
  }

  @Test
  void environmentAsAListOrAMapInAnyOrderHashesTheSame() {
    String list = WEB.replace("      LOG_LEVEL: info\n      TZ: UTC\n", "      - TZ=UTC\n      - LOG_LEVEL=info\n");

    assertThat(list).contains("- TZ=UTC");
    assertThat(digest(list, "web")).isEqualTo(digest(WEB, "web"));
  }

  @Test
  void whatDoesNotChangeAContainerDoesNotChangeTheHash() {
    String withExtras = """
        name: shop
        x-common: {a: 1}
        services:
          db:
            image: postgres:16
          web:
            image: nginx:1.27
            x-owner: team-a
            build: .
            pull_policy: always
            profiles: [web]
            depends_on: [db]
            deploy:
              replicas: 3
            environment:
              LOG_LEVEL: info
              TZ: UTC
            labels:
              team: web
            ports: ["8080:80"]
        """;
    ComposeProject project = Projects.load(dir, withExtras, "web");

    assertThat(ConfigHash.service(project, project.services().get("web"))).isEqualTo(digest(WEB, "web"));
  }

  @Test
  void replicasLeaveTheRestOfDeployHashed() {
    String limited = WEB + """
            deploy:
              replicas: 2
              resources:
                limits:
                  memory: 64m
        """;
    String scaled = limited.replace("replicas: 2", "replicas: 5");
    String other = limited.replace("64m", "128m");

    assertThat(digest(scaled, "web")).isEqualTo(digest(limited, "web"));
    assertThat(digest(other, "web").hash()).isNotEqualTo(digest(limited, "web").hash());
    assertThat(digest(limited, "web").hash()).isNotEqualTo(digest(WEB, "web").hash());
  }

  @Test
  void anEnvironmentChangeShowsAsThatKeyOnly() {
    ServiceDigest before = digest(WEB, "web");
    ServiceDigest after = digest(WEB.replace("LOG_LEVEL: info", "LOG_LEVEL: debug"), "web");

    assertThat(after.hash()).isNotEqualTo(before.hash());
    assertThat(before.fields()).containsKeys("environment.LOG_LEVEL", "environment.TZ", "labels.team", "image",
        "ports");
    Map<String, String> changed = new java.util.TreeMap<>(after.fields());
    changed.entrySet().removeIf(entry -> entry.getValue().equals(before.fields().get(entry.getKey())));
    assertThat(changed).containsOnlyKeys("environment.LOG_LEVEL");
    assertThat(after.fields().values()).allMatch(value -> value.matches("[0-9a-f]{12}"));
  }

  @Test
  void aLabelNamedLikeAnExtensionIsARealLabel() {
    String labelled = WEB.replace("team: web", "team: web\n      x-tier: front");

    assertThat(digest(labelled, "web").hash()).isNotEqualTo(digest(WEB, "web").hash());
    assertThat(digest(labelled, "web").fields()).containsKey("labels.x-tier");
  }

  @Test
  void aChangedSecretFileChangesTheHashButNeverHoldsItsContent() throws IOException {
    Files.writeString(dir.resolve("password.txt"), "hunter2");
    String yaml = """
        name: shop
        services:
          db:
            image: postgres:16
            secrets: [password]
          cache:
            image: redis:7
        secrets:
          password:
            file: ./password.txt
        """;
    ServiceDigest before = digest(yaml, "db");
    ServiceDigest cacheBefore = digest(yaml, "cache");

    Files.writeString(dir.resolve("password.txt"), "correct horse");
    ServiceDigest after = digest(yaml, "db");

    assertThat(after.hash()).isNotEqualTo(before.hash());
    assertThat(after.fields().get("secrets")).isNotEqualTo(before.fields().get("secrets"));
    assertThat(digest(yaml, "cache")).isEqualTo(cacheBefore);
    assertThat(after.toString()).doesNotContain("correct horse");
  }

  @Test
  void aChangedNetworkDefinitionChangesTheServicesAttachedToIt() {
    String yaml = """
        name: shop
        services:
          web:
            image: nginx:1.27
            networks: [front]
          worker:
            image: busybox
            networks: [back]
        networks:
          front: {}
          back: {}
        """;
    String changed = yaml.replace("front: {}", "front: {internal: true}");

    assertThat(digest(changed, "web").hash()).isNotEqualTo(digest(yaml, "web").hash());
    assertThat(digest(changed, "web").fields().get("networks")).isNotEqualTo(digest(yaml, "web").fields().get("networks"));
    assertThat(digest(changed, "worker")).isEqualTo(digest(yaml, "worker"));
  }

  @Test
  void aChangedNamedVolumeDefinitionChangesTheServicesMountingIt() {
    String yaml = """
        name: shop
        services:
          db:
            image: postgres:16
            volumes: ["data:/var/lib/postgresql/data"]
        volumes:
          data: {}
        """;
    String changed = yaml.replace("data: {}", "data: {labels: {backup: daily}}");

    assertThat(digest(changed, "db").hash()).isNotEqualTo(digest(yaml, "db").hash());
  }

  @Test
  void networkAndVolumeHashesMatchTheProjectsAndDefaultTheVolumeDriver() {
    String yaml = """
        name: shop
        services:
          db:
            image: postgres:16
            volumes: ["data:/data"]
        volumes:
          data: {}
        """;
    ComposeProject project = Projects.load(dir, yaml);
    ConfigHash hashes = ConfigHash.of(project);
    VolumeSpec data = project.volumes().get("data");
    VolumeSpec local = new VolumeSpec(data.name(), "local", data.driverOpts(), false, data.labels(), Map.of(), Map.of());
    NetworkSpec network = project.networks().get("default");

    assertThat(hashes.volume("data")).isEqualTo(ConfigHash.volume(data)).isEqualTo(ConfigHash.volume(local));
    assertThat(hashes.network("default")).isEqualTo(ConfigHash.network(network)).matches("[0-9a-f]{64}");
    assertThat(ConfigHash.network(network)).isNotEqualTo(ConfigHash.network(new NetworkSpec(network.name(), "overlay",
        Map.of(), null, false, false, false, Map.of(), null, null, Map.of(), Map.of())));
  }

  @Test
  void fieldsRoundTripThroughALabelAndAMalformedLabelReadsAsEmpty() {
    Map<String, String> fields = digest(WEB, "web").fields();
    String label = ConfigHash.encodeFields(fields);

    assertThat(label).startsWith("{\"environment.LOG_LEVEL\":\"").doesNotContain(" ");
    assertThat(ConfigHash.decodeFields(label)).isEqualTo(fields);
    assertThat(ConfigHash.decodeFields(null)).isEmpty();
    assertThat(ConfigHash.decodeFields("")).isEmpty();
    assertThat(ConfigHash.decodeFields("image=abc;ports=def")).isEmpty();
    assertThat(ConfigHash.decodeFields("[1,2]")).isEmpty();
    assertThat(ConfigHash.decodeFields("{\"image\":")).isEmpty();
    assertThat(ConfigHash.decodeFields("{\"image\":\"abc\",\"ports\":7}")).isEmpty();
    assertThat(ConfigHash.decodeFields("{\"image\":\"abc\"} trailing")).isEmpty();
    assertThat(ConfigHash.decodeFields("{ \"image\" : \"abc\" }")).containsOnly(Map.entry("image", "abc"));
    Map<String, String> odd = Map.of("labels.say \"hi\"\\n\u00e9\u0001", "0123456789ab", "", "");
    assertThat(ConfigHash.decodeFields(ConfigHash.encodeFields(odd))).isEqualTo(odd);
  }
}
