package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.phoenix.core.engine.DockerEngineTarget;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestStacks;
import dev.phoenix.testing.TestRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pinDigest} in a synced stack: the digest is looked up on the engine, from an image pushed
 * to a private registry on 127.0.0.1, and the container runs the pinned reference.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class StackSyncPinIT {
  private static final String PROJECT_LABEL = "com.docker.compose.project";
  private static final String COMPOSE = """
      services:
        app:
          image: %s
          command: ["sleep", "600"]
          stop_signal: SIGKILL
      """;
  private static final String PIN = "{ \"services\": { \"app\": { \"pinDigest\": true } } }";
  private static TestRegistry registry;

  @TempDir
  Path dir;
  DockerClient docker;
  DockerEngineTarget target;
  String prefix;
  String reference;

  @BeforeAll
  static void startRegistry() {
    registry = TestRegistry.start();
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @BeforeEach
  void setUp(DockerClient docker) {
    this.docker = docker;
    TestImages.busybox(docker);
    target = DockerEngineTarget.of(docker);
    prefix = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    reference = registry.push(docker, TestImages.BUSYBOX, prefix + "/app:1");
  }

  @AfterEach
  void removeEverythingOfThisRun() {
    TestStacks.removeAll(docker, prefix);
    try {
      docker.removeImageCmd(reference).withNoPrune(true).exec();
    } catch (NotFoundException e) {
      // Never tagged.
    }
    target.close();
  }

  @Test
  void theContainerRunsTheImagePinnedToItsRegistryDigest() throws IOException {
    String pinned = prefix + "-pinned";
    String local = prefix + "-local";
    writeStack(pinned, reference, PIN);
    writeStack(local, TestImages.BUSYBOX, PIN);
    String digest = target.imageDigest(reference).orElseThrow();

    SyncReport first = StackSync.to(target).sync(dir);

    assertThat(first.stack(pinned).outcome()).as(first.toTable()).isEqualTo(SyncOutcome.CREATED);
    assertThat(docker.inspectContainerCmd(pinned + "-app-1").exec().getConfig().getImage())
        .isEqualTo(reference + "@" + digest);
    // An image built on the engine has no registry digest to pin to: said, and not deployed.
    assertThat(first.stack(local).outcome()).isEqualTo(SyncOutcome.BROKEN);
    assertThat(first.stack(local).message())
        .contains("service app asks for pinDigest ($.services.app.pinDigest) but its image " + TestImages.BUSYBOX
            + " has no registry digest");
    assertThat(target.status(local).containers()).isEmpty();

    SyncReport second = StackSync.to(target).sync(dir);

    assertThat(second.stack(pinned).outcome()).isEqualTo(SyncOutcome.UNCHANGED);
  }

  private void writeStack(String name, String image, String manifest) throws IOException {
    Path stack = Files.createDirectories(dir.resolve(name));
    Files.writeString(stack.resolve("compose.yaml"), COMPOSE.formatted(image));
    Files.writeString(stack.resolve("phoenix.json"), manifest);
  }
}
