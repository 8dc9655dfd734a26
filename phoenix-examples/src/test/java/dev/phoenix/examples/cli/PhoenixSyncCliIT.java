package dev.phoenix.examples.cli;

import static dev.phoenix.testing.TestStacks.PROJECT_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestStacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code phoenix sync} on the real engine, run in-process as a user runs it: a directory of two
 * good stacks and a broken one, synced, re-synced, dry-run after a change, then pruned. Every
 * stack's name starts with this run's prefix; everything labelled with such a name is removed after.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class PhoenixSyncCliIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMPOSE = """
      services:
        app:
          image: phoenix-test/busybox:latest
          command: ["sleep", "%s"]
          stop_signal: SIGKILL
      """;

  @TempDir
  Path dir;
  DockerClient docker;
  String prefix;
  String alpha;
  String bravo;
  String broken;

  @BeforeEach
  void setUp(DockerClient docker) throws IOException {
    this.docker = docker;
    TestImages.busybox(docker);
    prefix = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    alpha = prefix + "-alpha";
    bravo = prefix + "-bravo";
    broken = prefix + "-broken";
    writeStack(alpha, "600");
    writeStack(bravo, "600");
    writeStack(broken, "600");
    Files.writeString(dir.resolve(broken).resolve("phoenix.json"), "{ \"name\": 42 ");
  }

  @AfterEach
  void removeEverythingOfThisRun() {
    TestStacks.removeAll(docker, prefix);
  }

  @Test
  void syncsReSyncsPlansAndPrunesWithExitStatuses() throws IOException {
    CliResult first = run("sync", dir.toString());
    assertThat(first.status()).as(first.err()).isEqualTo(Phoenix.FAILURE);
    assertThat(first.out()).containsPattern(alpha + " +created").containsPattern(bravo + " +created")
        .containsPattern(broken + " +broken").contains("3 stacks: 2 created, 1 broken");
    Map<String, String> ids = ids();
    assertThat(ids).hasSize(2);

    CliResult second = run("sync", dir.toString(), "--output", "json");
    assertThat(second.status()).isEqualTo(Phoenix.FAILURE);
    JsonNode report = JSON.readTree(second.out());
    assertThat(report.get("stacks").findValuesAsText("outcome")).containsExactly("unchanged", "unchanged", "broken");
    assertThat(ids()).isEqualTo(ids);

    Files.delete(dir.resolve(broken).resolve("phoenix.json"));
    Files.delete(dir.resolve(broken).resolve("compose.yaml"));
    Files.delete(dir.resolve(broken));
    writeStack(bravo, "601");
    CliResult dryRun = run("sync", dir.toString(), "--dry-run");
    assertThat(dryRun.status()).as(dryRun.err()).isEqualTo(Phoenix.OK);
    assertThat(dryRun.out()).contains("plan for stack " + bravo).contains("recreate")
        .containsPattern(bravo + " +planned").containsPattern(alpha + " +unchanged").contains("dry run");
    assertThat(ids()).isEqualTo(ids);

    String composeMade = prefix + "-compose";
    String foreign = docker.createContainerCmd(TestImages.BUSYBOX).withName(composeMade + "-app-1")
        .withCmd("sleep", "600").withLabels(Map.of(PROJECT_LABEL, composeMade, "com.docker.compose.service", "app"))
        .exec().getId();
    Files.delete(dir.resolve(alpha).resolve("compose.yaml"));
    Files.delete(dir.resolve(alpha));
    CliResult pruned = run("sync", dir.toString(), "--prune", "--target", "docker");
    assertThat(pruned.status()).as(pruned.err()).isEqualTo(Phoenix.OK);
    assertThat(pruned.out()).containsPattern(bravo + " +updated").containsPattern(alpha + " +pruned")
        .doesNotContain(composeMade);
    assertThat(ids()).containsOnlyKeys(bravo + "-app-1");
    assertThat(docker.inspectContainerCmd(foreign).exec().getId()).isEqualTo(foreign);
  }

  @Test
  void aDockerCliContextNamesTheEngine(@TempDir Path config) throws Exception {
    String host = System.getenv().getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock");
    String hash = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest("phx-sync".getBytes(StandardCharsets.UTF_8)));
    Path meta = Files.createDirectories(config.resolve("contexts/meta").resolve(hash)).resolve("meta.json");
    Files.writeString(meta, "{\"Name\":\"phx-sync\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\""
        + host + "\",\"SkipTLSVerify\":false}}}");
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.remove("DOCKER_HOST");
    environment.remove("DOCKER_CONTEXT");
    environment.put("DOCKER_CONFIG", config.toString());

    CliResult planned = run(environment, "sync", dir.toString(), "--target", "docker+context:phx-sync", "--dry-run",
        "--output", "json");

    assertThat(planned.status()).isEqualTo(Phoenix.FAILURE);
    JsonNode report = JSON.readTree(planned.out());
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.get("stacks").findValuesAsText("outcome")).containsExactly("planned", "planned", "broken");
    assertThat(report.get("stacks").get(0).get("plan").get("create").asInt()).isEqualTo(2);
    assertThat(ids()).isEmpty();
  }

  @Test
  void appliesManifestsAndDeploysFromAStagingDirectory(@TempDir Path tmp) throws IOException {
    Path share = Files.createDirectory(tmp.resolve("share"));
    Path view = Files.createSymbolicLink(tmp.resolve("share-view"), share);
    Files.writeString(dir.resolve(broken).resolve("phoenix.json"), "{}");
    Files.writeString(dir.resolve(alpha).resolve("phoenix.json"),
        "{ \"services\": { \"app\": { \"labels\": { \"team\": \"alpha\" } } } }");

    CliResult synced = run("sync", dir.toString(), "--staging", share.toString(), "--staging-reader-path",
        view.toString(), "--staging-reader-user", "65534:65534");

    assertThat(synced.status()).as(synced.out() + synced.err()).isEqualTo(Phoenix.OK);
    assertThat(synced.out()).contains("3 stacks: 3 created");
    assertThat(Files.readString(share.resolve(alpha).resolve("compose.yaml"))).contains("team: alpha");
    assertThat(docker.inspectContainerCmd(alpha + "-app-1").exec().getConfig().getLabels())
        .containsEntry("team", "alpha")
        .containsEntry("com.docker.compose.project.config_files", view.resolve(alpha).resolve("compose.yaml").toString());
  }

  private Map<String, String> ids() {
    Map<String, String> ids = new TreeMap<>();
    for (Container container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(PROJECT_LABEL)).exec()) {
      String project = container.getLabels().get(PROJECT_LABEL);
      if (project.equals(alpha) || project.equals(bravo) || project.equals(broken)) {
        ids.put(container.getNames()[0].substring(1), container.getId());
      }
    }
    return ids;
  }

  private void writeStack(String name, String sleep) throws IOException {
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name).resolve("compose.yaml"), COMPOSE.formatted(sleep));
  }

  private CliResult run(String... args) {
    return run(System.getenv(), args);
  }

  private CliResult run(Map<String, String> environment, String... args) {
    return CliResult.run(environment, args);
  }
}
