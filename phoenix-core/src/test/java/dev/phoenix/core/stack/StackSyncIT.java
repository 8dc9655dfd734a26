package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.core.engine.DockerEngineTarget;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestStacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A directory of three stacks synced to the real engine: two good ones and one with a broken
 * manifest. Every stack's name starts with this run's prefix, and everything labelled with such a
 * name is removed afterwards.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class StackSyncIT {
  private static final String PROJECT_LABEL = "com.docker.compose.project";
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
  DockerEngineTarget target;
  String prefix;
  String alpha;
  String bravo;
  String broken;

  @BeforeEach
  void setUp(DockerClient docker) throws IOException {
    this.docker = docker;
    TestImages.busybox(docker);
    target = DockerEngineTarget.of(docker);
    prefix = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    alpha = prefix + "-alpha";
    bravo = prefix + "-bravo";
    broken = prefix + "-broken";
    writeStack(alpha, "600");
    writeStack(bravo, "600");
    writeStack(broken, "600");
    Files.writeString(dir.resolve(broken).resolve("phoenix.json"), "{ \"servces\": {} }");
    // Bravo's manifest is applied on the way: its label reaches the container.
    Files.writeString(dir.resolve(bravo).resolve("phoenix.json"),
        "{ \"services\": { \"app\": { \"labels\": { \"team\": \"shop\" }, \"updates\": \"exclude\" } } }");
  }

  @AfterEach
  void removeEverythingOfThisRun() {
    TestStacks.removeAll(docker, prefix);
    target.close();
  }

  @Test
  void createsThenLeavesUnchangedStacksAloneAndReportsTheBrokenOne() {
    SyncReport first = StackSync.to(target).sync(dir);

    assertThat(first.stacks()).extracting(SyncResult::name).containsExactly(alpha, bravo, broken);
    assertThat(first.stack(alpha).outcome()).isEqualTo(SyncOutcome.CREATED);
    assertThat(first.stack(bravo).outcome()).isEqualTo(SyncOutcome.CREATED);
    assertThat(first.stack(alpha).counts()).containsEntry(Action.CREATE, 2L);
    assertThat(first.stack(broken).outcome()).isEqualTo(SyncOutcome.BROKEN);
    assertThat(first.stack(broken).message()).contains("phoenix.json").contains("servces");
    assertThat(first.isOk()).isFalse();
    assertThat(target.status(broken).containers()).isEmpty();
    Map<String, String> ids = ids();
    assertThat(ids).containsOnlyKeys(alpha + "-app-1", bravo + "-app-1");
    assertThat(docker.inspectContainerCmd(bravo + "-app-1").exec().getConfig().getLabels())
        .containsEntry("team", "shop")
        .containsEntry("com.centurylinklabs.watchtower.enable", "false");
    assertThat(docker.inspectContainerCmd(alpha + "-app-1").exec().getConfig().getLabels()).doesNotContainKey("team");

    SyncReport second = StackSync.to(target).sync(dir);

    assertThat(second.stack(alpha).outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(second.stack(bravo).outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(second.stack(alpha).counts()).containsEntry(Action.KEEP, 2L).containsEntry(Action.CREATE, 0L);
    assertThat(second.stack(broken).outcome()).isEqualTo(SyncOutcome.BROKEN);
    assertThat(ids()).isEqualTo(ids);
    assertThat(second.toTable()).contains("unchanged").contains("broken");
  }

  @Test
  void dryRunShowsThePlanAndChangesNothing() throws IOException {
    StackSync.to(target).sync(dir);
    Map<String, String> ids = ids();
    writeStack(bravo, "601");

    SyncReport planned = StackSync.to(target).dryRun(true).sync(dir);

    assertThat(planned.dryRun()).isTrue();
    assertThat(planned.stack(alpha).outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(planned.stack(bravo).outcome()).isEqualTo(SyncOutcome.PLANNED);
    assertThat(planned.stack(bravo).counts()).containsEntry(Action.RECREATE, 1L);
    assertThat(planned.stack(bravo).plan().changes(ResourceKind.CONTAINER))
        .anySatisfy(change -> assertThat(change.fields()).isNotEmpty());
    assertThat(ids()).isEqualTo(ids);
    assertThat(docker.inspectContainerCmd(ids.get(bravo + "-app-1")).exec().getConfig().getCmd())
        .containsExactly("sleep", "600");

    SyncReport applied = StackSync.to(target).sync(dir);

    assertThat(applied.stack(bravo).outcome()).isEqualTo(SyncOutcome.UPDATED);
    assertThat(ids()).containsEntry(alpha + "-app-1", ids.get(alpha + "-app-1"))
        .doesNotContainEntry(bravo + "-app-1", ids.get(bravo + "-app-1"));
  }

  @Test
  void pruneRemovesOnlyPhoenixStacksGoneFromTheDirectory() throws IOException {
    StackSync.to(target).sync(dir);
    // A stack docker compose made, recorded as coming from this very directory: never Phoenix's to prune.
    String composeMade = prefix + "-compose";
    String foreign = docker.createContainerCmd(TestImages.BUSYBOX)
        .withName(composeMade + "-app-1")
        .withCmd("sleep", "600")
        .withLabels(Map.of(PROJECT_LABEL, composeMade, "com.docker.compose.service", "app",
            "com.docker.compose.project.config_files", dir.resolve(composeMade).resolve("compose.yaml").toString()))
        .exec().getId();
    deleteStack(alpha);

    SyncReport dry = StackSync.to(target).dryRun(true).prune(true).sync(dir);
    assertThat(dry.stack(alpha).outcome()).isEqualTo(SyncOutcome.PLANNED);
    assertThat(target.status(alpha).containers()).isNotEmpty();

    SyncReport pruned = StackSync.to(target).prune(true).sync(dir);

    assertThat(pruned.stacks()).extracting(SyncResult::name).containsExactly(bravo, broken, alpha);
    assertThat(pruned.stack(alpha).outcome()).isEqualTo(SyncOutcome.PRUNED);
    assertThat(pruned.stack(bravo).outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(pruned.stack(composeMade)).isNull();
    assertThat(target.status(alpha).containers()).isEmpty();
    assertThat(target.status(bravo).containers()).isNotEmpty();
    assertThat(docker.inspectContainerCmd(foreign).exec().getId()).isEqualTo(foreign);
  }

  private Map<String, String> ids() {
    Map<String, String> ids = new TreeMap<>();
    for (String stack : List.of(alpha, bravo, broken)) {
      for (ContainerStatus container : target.status(stack).containers()) {
        ids.put(container.name(), container.id());
      }
    }
    return ids;
  }

  private void writeStack(String name, String sleep) throws IOException {
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name).resolve("compose.yaml"), COMPOSE.formatted(sleep));
  }

  private void deleteStack(String name) throws IOException {
    Files.delete(dir.resolve(name).resolve("compose.yaml"));
    Files.delete(dir.resolve(name));
  }
}
