package dev.phoenix.core.engine.internal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HealthCheck;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.ServiceFailedException;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Waits on real containers of the busybox test image. */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class ContainerWaiterIT {
  private static final String RUN_LABEL = "dev.phoenix.test.run";
  private static final long SECOND = 1_000_000_000L;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final String project = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<DeploymentEvent> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void removeContainers(DockerClient docker) {
    List<Container> containers = docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(RUN_LABEL, project)).exec();
    for (Container container : containers) {
      docker.removeContainerCmd(container.getId()).withForce(true).exec();
    }
  }

  @Test
  void aServedPageMakesTheContainerHealthy(DockerClient docker) {
    String id = start(docker, "web", container(docker, "web")
        .withCmd("sh", "-c", "echo ok > /tmp/index.html && exec httpd -f -p 8080 -h /tmp")
        .withHealthcheck(check("wget -q -O - http://127.0.0.1:8080/index.html")));

    waiter(docker).awaitHealthy(id, project + "-web-1", "web", Instant.now().plus(PATIENCE), List.of());

    assertThat(types()).containsExactly(DeploymentEvent.Type.WAITING, DeploymentEvent.Type.HEALTHY);
    assertThat(events).allSatisfy(event -> assertThat(event.name()).isEqualTo(project + "-web-1"));
  }

  @Test
  void anUnhealthyContainerFailsWithItsHealthOutputAndLogLines(DockerClient docker) {
    String id = start(docker, "api", container(docker, "api")
        .withCmd("sh", "-c", "echo booting; echo listening on 8080; exec sleep 60")
        .withHealthcheck(check("echo probe refused; false")));

    assertThatThrownBy(() -> waiter(docker).awaitHealthy(id, project + "-api-1", "api",
        Instant.now().plus(PATIENCE), List.of("started container " + project + "-api-1")))
        .isInstanceOfSatisfying(ServiceFailedException.class, e -> {
          assertThat(e.service()).isEqualTo("api");
          assertThat(e.healthOutput()).isEqualTo("probe refused");
          assertThat(e.logTail()).containsExactly("booting", "listening on 8080");
          assertThat(e.timedOut()).isFalse();
          assertThat(e.completed()).containsExactly("started container " + project + "-api-1");
        })
        .hasMessageContaining("service api").hasMessageContaining(project + "-api-1 is unhealthy")
        .hasMessageContaining("probe refused").hasMessageContaining("listening on 8080");
    assertThat(events).filteredOn(event -> event.type() == DeploymentEvent.Type.UNHEALTHY)
        .singleElement().extracting(DeploymentEvent::message).isEqualTo("probe refused");
  }

  @Test
  void aOneShotThatExitsWithZeroHasCompleted(DockerClient docker) {
    String id = start(docker, "seed", container(docker, "seed").withCmd("sh", "-c", "echo seeded"));

    waiter(docker).awaitCompleted(id, project + "-seed-1", "seed", Instant.now().plus(PATIENCE), List.of());

    assertThat(types()).containsExactly(DeploymentEvent.Type.WAITING, DeploymentEvent.Type.COMPLETED);
  }

  @Test
  void aOneShotThatExitsWithThreeFailsWithItsCodeAndOutput(DockerClient docker) {
    String id = start(docker, "seed", container(docker, "seed").withCmd("sh", "-c", "echo no database >&2; exit 3"));

    assertThatThrownBy(() -> waiter(docker).awaitCompleted(id, project + "-seed-1", "seed",
        Instant.now().plus(PATIENCE), List.of()))
        .isInstanceOfSatisfying(ServiceFailedException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(3);
          assertThat(e.logTail()).containsExactly("no database");
        })
        .hasMessageContaining("exited with code 3").hasMessageContaining("no database");
  }

  @Test
  void aContainerWithoutHealthcheckIsDoneWhenRunning(DockerClient docker) {
    String id = start(docker, "worker", container(docker, "worker").withCmd("sleep", "60"));

    waiter(docker).awaitRunningOrHealthy(id, project + "-worker-1", "worker", Instant.now().plus(PATIENCE), List.of());

    assertThat(events).extracting(DeploymentEvent::type, DeploymentEvent::message)
        .endsWith(org.assertj.core.groups.Tuple.tuple(DeploymentEvent.Type.RUNNING, "running, without a health check"));
  }

  @Test
  void runningOrHealthyUsesTheHealthcheckWhenThereIsOne(DockerClient docker) {
    String id = start(docker, "web", container(docker, "web")
        .withCmd("sh", "-c", "echo ok > /tmp/index.html && exec httpd -f -p 8080 -h /tmp")
        .withHealthcheck(check("wget -q -O - http://127.0.0.1:8080/index.html")));

    waiter(docker).awaitRunningOrHealthy(id, project + "-web-1", "web", Instant.now().plus(PATIENCE), List.of());

    assertThat(docker.inspectContainerCmd(id).exec().getState().getHealth().getStatus()).isEqualTo("healthy");
  }

  @Test
  void anExitedContainerIsNotRunning(DockerClient docker) throws InterruptedException {
    String id = start(docker, "worker", container(docker, "worker").withCmd("sh", "-c", "echo bye"));
    docker.waitContainerCmd(id).start().awaitStatusCode();

    assertThatThrownBy(() -> waiter(docker).awaitRunningOrHealthy(id, project + "-worker-1", "worker",
        Instant.now().plus(PATIENCE), List.of()))
        .isInstanceOf(ServiceFailedException.class).hasMessageContaining("exited with code 0");
  }

  @Test
  void serviceHealthyOnAContainerWithoutHealthcheckFails(DockerClient docker) {
    String id = start(docker, "db", container(docker, "db").withCmd("sleep", "60"));

    assertThatThrownBy(() -> waiter(docker).awaitHealthy(id, project + "-db-1", "db",
        Instant.now().plus(PATIENCE), List.of()))
        .isInstanceOfSatisfying(ServiceFailedException.class, e -> assertThat(e.timedOut()).isFalse())
        .hasMessageContaining("service db").hasMessageContaining("has no healthcheck");
  }

  @Test
  void theDeadlineEndsTheWaitSayingWhereHealthStood(DockerClient docker) {
    String id = start(docker, "slow", container(docker, "slow").withCmd("sleep", "60")
        .withHealthcheck(new HealthCheck().withTest(List.of("CMD-SHELL", "true")).withInterval(60 * SECOND)
            .withStartPeriod(60 * SECOND)));

    assertThatThrownBy(() -> waiter(docker).awaitHealthy(id, project + "-slow-1", "slow",
        Instant.now().plusMillis(1500), List.of()))
        .isInstanceOfSatisfying(ServiceFailedException.class, e -> {
          assertThat(e.timedOut()).isTrue();
          assertThat(e.exitCode()).isNull();
        })
        .hasMessageContaining("not healthy after 1.").hasMessageContaining("(health: starting)");
  }

  @Test
  void anInterruptedWaitSaysSoAndKeepsTheFlag(DockerClient docker) {
    String id = start(docker, "slow", container(docker, "slow").withCmd("sleep", "60"));

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> waiter(docker).awaitCompleted(id, project + "-slow-1", "slow",
          Instant.now().plus(PATIENCE), List.of()))
          .isInstanceOf(DeploymentException.class).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  private ContainerWaiter waiter(DockerClient docker) {
    return new ContainerWaiter(docker, project, events::add, Duration.ofMillis(100));
  }

  private CreateContainerCmd container(DockerClient docker, String service) {
    Map<String, String> labels = new HashMap<>(TestLabel.asMap());
    labels.put(RUN_LABEL, project);
    return docker.createContainerCmd(TestImages.busybox(docker)).withName(project + "-" + service + "-1")
        .withLabels(labels);
  }

  private static String start(DockerClient docker, String service, CreateContainerCmd command) {
    String id = command.exec().getId();
    docker.startContainerCmd(id).exec();
    return id;
  }

  private static HealthCheck check(String shell) {
    return new HealthCheck().withTest(List.of("CMD-SHELL", shell)).withInterval(SECOND / 2).withRetries(1);
  }

  private List<DeploymentEvent.Type> types() {
    return events.stream().map(DeploymentEvent::type).toList();
  }
}
