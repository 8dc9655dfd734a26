package dev.phoenix.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackDeployer;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public entry points end to end: {@code DeploymentTarget.docker()} found on the class path, driven by a {@link StackDeployer}. */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class StackDeployerIT {

  @Test
  void deploysWaitsReportsAndRemovesThroughThePublicApi(DockerClient docker) {
    TestImages.busybox(docker);
    String name = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    Stack stack = Stack.of(ComposeLoader.builder()
        .content("compose.yaml", """
            services:
              web:
                image: phoenix-test/busybox:latest
                command: ["sh", "-c", "echo up > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"]
                healthcheck:
                  test: ["CMD", "wget", "-q", "-O", "-", "http://127.0.0.1:8080/"]
                  interval: 1s
                  retries: 20
                stop_signal: SIGKILL
            """)
        .projectName(name)
        .load());
    List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
    try (StackDeployer deployer = StackDeployer.builder().target(DeploymentTarget.docker()).listener(events::add)
        .build()) {
      assertThat(deployer.target().describe()).startsWith("docker engine");
      try {
        DeploymentResult result = deployer.deploy(stack).waitHealthy(Duration.ofSeconds(60)).execute();
        assertThat(result.status().containers()).singleElement().satisfies(container -> {
          assertThat(container.name()).isEqualTo(name + "-web-1");
          assertThat(container.health()).isEqualTo("healthy");
          assertThat(container.isUp()).isTrue();
        });
        assertThat(events).extracting(DeploymentEvent::type).containsSubsequence(
            DeploymentEvent.Type.CREATING, DeploymentEvent.Type.CREATED, DeploymentEvent.Type.STARTING,
            DeploymentEvent.Type.STARTED, DeploymentEvent.Type.WAITING, DeploymentEvent.Type.HEALTHY,
            DeploymentEvent.Type.DONE);
        assertThat(deployer.list()).anySatisfy(summary -> {
          assertThat(summary.stack()).isEqualTo(name);
          assertThat(summary.deployedByPhoenix()).isTrue();
          assertThat(summary.states()).containsEntry("running", 1);
        });
        assertThat(deployer.plan(stack).isNoop()).isTrue();
      } finally {
        RemovalResult removed = deployer.remove(name).volumes().stopTimeout(Duration.ZERO).execute();
        assertThat(removed.containers()).containsExactly(name + "-web-1");
      }
      assertThat(deployer.status(name).isEmpty()).isTrue();
    }
  }
}
