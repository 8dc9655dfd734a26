package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.core.engine.DockerEngineTarget;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestStacks;
import dev.phoenix.testing.TlsDockerDaemon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stacks whose manifests name their own target ({@code target.uri}): a second engine, reached
 * through a Docker CLI context the docker CLI itself created, takes the stacks that name it; the
 * others go to the sync's own engine. The docker CLI cross-checks where each stack runs.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class StackSyncTargetsIT {
  private static final String PROJECT_LABEL = "com.docker.compose.project";
  private static final String COMPOSE = """
      services:
        app:
          image: phoenix-test/busybox:latest
          command: ["sleep", "600"]
          stop_signal: SIGKILL
      """;
  private static TlsDockerDaemon second;

  @TempDir
  Path dir;
  @TempDir
  Path config;
  DockerClient docker;
  DockerEngineTarget target;
  String prefix;
  String alpha;
  String bravo;
  String echo;
  Map<String, String> environment;

  @BeforeAll
  static void startSecondEngine(DockerClient docker) throws Exception {
    TestImages.busybox(docker);
    second = TlsDockerDaemon.startPlain();
    shell("docker save " + TestImages.BUSYBOX + " | docker -H " + second.host() + " load");
  }

  @AfterAll
  static void stopSecondEngine() {
    if (second != null) {
      second.close();
    }
  }

  @BeforeEach
  void setUp(DockerClient docker) throws Exception {
    this.docker = docker;
    target = DockerEngineTarget.of(docker);
    prefix = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    alpha = prefix + "-alpha";
    bravo = prefix + "-bravo";
    echo = prefix + "-echo";
    run("docker", "--config", config.toString(), "context", "create", "second", "--docker", "host=" + second.host());
    environment = Map.of("DOCKER_CONFIG", config.toString());
    writeStack(alpha, null);
    writeStack(bravo, "{ \"target\": { \"uri\": \"docker+context:second\" } }");
    writeStack(echo, "{ \"target\": { \"uri\": \"docker+context:second\" },"
        + " \"health\": { \"timeout\": \"30s\", \"rollbackOnFailure\": true } }");
  }

  @AfterEach
  void removeEverythingOfThisRun() throws Exception {
    TestStacks.removeAll(docker, prefix);
    shell("docker -H " + second.host() + " ps -aq --filter label=" + PROJECT_LABEL
        + " | xargs -r docker -H " + second.host() + " rm -f; docker -H " + second.host()
        + " network prune -f");
    target.close();
  }

  @Test
  void eachStackGoesWhereItsManifestSays() throws Exception {
    SyncReport first = StackSync.to(target).environment(environment).sync(dir);

    assertThat(first.isOk()).as(first.toTable()).isTrue();
    assertThat(first.stacks()).extracting(SyncResult::outcome).containsOnly(SyncOutcome.CREATED);
    assertThat(first.stack(alpha).target()).isEqualTo(target.describe());
    assertThat(first.stack(bravo).target()).contains(second.host()).isNotEqualTo(target.describe());
    assertThat(first.toTable()).contains("TARGET").contains(second.host());
    // Where each runs, as the docker CLI sees it.
    assertThat(projectsOn("--config", config.toString(), "--context", "second"))
        .containsExactlyInAnyOrder(bravo, echo);
    assertThat(projectsOn()).contains(alpha).doesNotContain(bravo, echo);
    // A manifest option that is not applied yet is said, and the stack deployed all the same.
    assertThat(first.stack(echo).warnings()).singleElement().asString()
        .contains("health.rollbackOnFailure is not applied yet");
    assertThat(first.toTable()).contains("warning: health.rollbackOnFailure");
    assertThat(first.toJson()).contains("\"warnings\":[\"health.rollbackOnFailure");

    SyncReport again = StackSync.to(target).environment(environment).sync(dir);

    assertThat(again.stacks()).extracting(SyncResult::outcome).containsOnly(SyncOutcome.UNCHANGED);

    // Pruning covers the targets the directory still names.
    deleteStack(echo);
    SyncReport pruned = StackSync.to(target).environment(environment).prune(true).sync(dir);

    assertThat(pruned.stack(echo).outcome()).isEqualTo(SyncOutcome.PRUNED);
    assertThat(pruned.stack(echo).target()).contains(second.host());
    assertThat(projectsOn("--config", config.toString(), "--context", "second")).containsExactly(bravo);
  }

  @Test
  void aTargetThatCannotBeUsedMarksOnlyItsStack() throws IOException {
    writeStack(bravo, "{ \"target\": { \"uri\": \"swarm\" } }");
    writeStack(echo, "{ \"target\": { \"uri\": \"docker+context:nowhere\" } }");

    SyncReport report = StackSync.to(target).environment(environment).sync(dir);

    assertThat(report.stack(alpha).outcome()).isEqualTo(SyncOutcome.CREATED);
    assertThat(report.stack(bravo).outcome()).isEqualTo(SyncOutcome.BROKEN);
    assertThat(report.stack(bravo).message()).contains("target swarm").contains("cannot deploy to a Swarm yet");
    assertThat(report.stack(echo).outcome()).isEqualTo(SyncOutcome.BROKEN);
    assertThat(report.stack(echo).message()).contains("target docker+context:nowhere").contains("nowhere");
  }

  /** The Compose projects of the containers on an engine, as the docker CLI lists them. */
  private List<String> projectsOn(String... engine) throws Exception {
    List<String> args = new ArrayList<>(List.of("docker"));
    args.addAll(Arrays.asList(engine));
    args.addAll(List.of("ps", "-a", "--filter", "label=" + PROJECT_LABEL, "--format",
        "{{.Label \"" + PROJECT_LABEL + "\"}}"));
    return run(args.toArray(String[]::new)).lines().filter(project -> project.startsWith(prefix)).toList();
  }

  private void writeStack(String name, String manifest) throws IOException {
    Path stack = Files.createDirectories(dir.resolve(name));
    Files.writeString(stack.resolve("compose.yaml"), COMPOSE);
    if (manifest != null) {
      Files.writeString(stack.resolve("phoenix.json"), manifest);
    }
  }

  private void deleteStack(String name) throws IOException {
    Files.deleteIfExists(dir.resolve(name).resolve("phoenix.json"));
    Files.delete(dir.resolve(name).resolve("compose.yaml"));
    Files.delete(dir.resolve(name));
  }

  private static String shell(String command) throws Exception {
    return run("sh", "-c", command);
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    return output;
  }
}
