package dev.phoenix.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.deploy.ExternalResourceMissingException;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.ServiceFailedException;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class DockerEngineTargetIT {
  private static final String TWO_SERVICES = """
      services:
        web:
          image: ${IMAGE}
          command: ["sleep", "600"]
          stop_signal: SIGKILL
          environment:
            GREETING: hello
        worker:
          image: ${IMAGE}
          command: ["sleep", "600"]
          stop_signal: SIGKILL
      """;

  @TempDir
  Path directory;
  EngineStack stack;

  @BeforeEach
  void setUp(DockerClient docker) {
    TestImages.busybox(docker);
    stack = new EngineStack(docker, directory);
  }

  @AfterEach
  void tearDown() {
    stack.close();
  }

  private DeploymentResult deploy(Stack definition, DeployOptions options) {
    return stack.target.apply(definition, options, DeploymentListener.NONE);
  }

  @Test
  void negotiatesTheEnginesApiVersion() {
    assertThat(stack.target.apiVersion()).matches("1\\.\\d+");
    try (DockerEngineTarget connected = DockerEngineTarget.connect(null, Map.of())) {
      assertThat(connected.describe()).contains("unix:///var/run/docker.sock", "API 1.");
      assertThat(connected.list()).isNotNull();
    }
  }

  @Test
  void anUnreachableEngineIsNamed() {
    assertThatThrownBy(() -> DockerEngineTarget.connect("tcp://127.0.0.1:1", Map.of()))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessageContaining("tcp://127.0.0.1:1")
        .hasMessageContaining("(--host)");
    assertThatThrownBy(() -> DockerEngineTarget.connect(null, Map.of("DOCKER_HOST", "unix:///nowhere/docker.sock")))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessageContaining("unix:///nowhere/docker.sock")
        .hasMessageContaining("(DOCKER_HOST)");
  }

  @Test
  void deploysThenRedeploysAsANoop() {
    Stack definition = stack.load(TWO_SERVICES);
    Plan first = stack.target.plan(definition, DeployOptions.defaults());
    assertThat(first.changes()).extracting(change -> change.kind() + " " + change.name() + " " + change.action())
        .containsExactly(
            "NETWORK " + stack.name + "_default CREATE",
            "CONTAINER " + stack.name + "-web-1 CREATE",
            "CONTAINER " + stack.name + "-worker-1 CREATE");
    DeploymentResult deployed = deploy(definition, DeployOptions.defaults());
    assertThat(deployed.status().containers()).extracting(c -> c.name() + " " + c.state())
        .containsExactly(stack.name + "-web-1 running", stack.name + "-worker-1 running");
    Map<String, String> ids = stack.ids();

    List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
    DeploymentResult again = stack.target.apply(stack.load(TWO_SERVICES), DeployOptions.defaults(), events::add);

    assertThat(again.wasNoop()).isTrue();
    assertThat(stack.ids()).isEqualTo(ids);
    assertThat(events).extracting(DeploymentEvent::type)
        .doesNotContain(DeploymentEvent.Type.CREATING, DeploymentEvent.Type.STARTING, DeploymentEvent.Type.PULLING,
            DeploymentEvent.Type.REMOVING, DeploymentEvent.Type.STOPPING);
  }

  @Test
  void changingOneServiceRecreatesExactlyItsContainer() {
    deploy(stack.load(TWO_SERVICES), DeployOptions.defaults());
    Map<String, String> before = stack.ids();

    Stack changed = stack.load(TWO_SERVICES.replace("GREETING: hello", "GREETING: bonjour"));
    Plan plan = stack.target.plan(changed, DeployOptions.defaults());
    assertThat(plan.changes(ResourceKind.CONTAINER)).extracting(c -> c.name() + " " + c.action())
        .containsExactly(stack.name + "-web-1 RECREATE", stack.name + "-worker-1 KEEP");
    assertThat(plan.changes(ResourceKind.CONTAINER).get(0).fields()).anySatisfy(field -> {
      assertThat(field.field()).isEqualTo("environment.GREETING");
      assertThat(field.redacted()).isTrue();
    });
    assertThat(plan.toString()).doesNotContain("bonjour");
    deploy(changed, DeployOptions.defaults());

    Map<String, String> after = stack.ids();
    assertThat(after.get(stack.name + "-worker-1")).isEqualTo(before.get(stack.name + "-worker-1"));
    assertThat(after.get(stack.name + "-web-1")).isNotEqualTo(before.get(stack.name + "-web-1"));
    assertThat(stack.inspect(stack.name + "-web-1").getConfig().getEnv()).contains("GREETING=bonjour");
    assertThat(stack.inspect(stack.name + "-web-1").getConfig().getLabels())
        .containsEntry("com.docker.compose.replace", "web-1")
        .containsEntry("dev.phoenix.stack.version", "2");
  }

  @Test
  void scalesUpAndDownByContainerNumber() {
    String scaled = TWO_SERVICES.replace("    environment:", "    scale: 3\n    environment:");
    deploy(stack.load(TWO_SERVICES), DeployOptions.defaults());
    String first = stack.ids().get(stack.name + "-web-1");

    deploy(stack.load(scaled), DeployOptions.defaults());
    assertThat(stack.ids()).containsKeys(stack.name + "-web-1", stack.name + "-web-2", stack.name + "-web-3");
    assertThat(stack.ids().get(stack.name + "-web-1")).isEqualTo(first);
    assertThat(stack.inspect(stack.name + "-web-3").getConfig().getLabels())
        .containsEntry("com.docker.compose.container-number", "3");

    Plan down = stack.target.plan(stack.load(TWO_SERVICES), DeployOptions.defaults());
    assertThat(down.changes(ResourceKind.CONTAINER)).extracting(c -> c.name() + " " + c.action())
        .contains(stack.name + "-web-3 REMOVE", stack.name + "-web-2 REMOVE", stack.name + "-web-1 KEEP");
    deploy(stack.load(TWO_SERVICES), DeployOptions.defaults());
    assertThat(stack.ids()).containsOnlyKeys(stack.name + "-web-1", stack.name + "-worker-1");
    assertThat(stack.ids().get(stack.name + "-web-1")).isEqualTo(first);
  }

  @Test
  void orphansAreListedThenRemovedWhenAsked() {
    deploy(stack.load(TWO_SERVICES), DeployOptions.defaults());
    String webOnly = TWO_SERVICES.substring(0, TWO_SERVICES.indexOf("  worker:"));

    Plan plan = stack.target.plan(stack.load(webOnly), DeployOptions.defaults());
    assertThat(plan.orphans()).containsExactly(stack.name + "-worker-1");
    deploy(stack.load(webOnly), DeployOptions.defaults());
    assertThat(stack.ids()).containsKey(stack.name + "-worker-1");

    deploy(stack.load(webOnly), DeployOptions.defaults().withRemoveOrphans(true));
    assertThat(stack.ids()).containsOnlyKeys(stack.name + "-web-1");
  }

  @Test
  void aMissingExternalVolumeOrNetworkStopsTheDeployBeforeAnythingIsCreated() {
    Stack definition = stack.load("""
        services:
          web:
            image: ${IMAGE}
            command: ["sleep", "600"]
            stop_signal: SIGKILL
            volumes: [ "data:/data" ]
        volumes:
          data:
            external: true
            name: phx-it-missing-volume
        """);
    assertThatThrownBy(() -> deploy(definition, DeployOptions.defaults()))
        .isInstanceOf(ExternalResourceMissingException.class)
        .hasMessageContaining("phx-it-missing-volume")
        .hasMessageContaining("docker volume create phx-it-missing-volume");
    assertThat(stack.target.status(stack.name).isEmpty()).isTrue();

    Stack withNetwork = stack.load("""
        services:
          web:
            image: ${IMAGE}
            command: ["sleep", "600"]
            networks: [ proxy ]
        networks:
          proxy:
            external: true
            name: phx-it-missing-network
        """);
    assertThatThrownBy(() -> deploy(withNetwork, DeployOptions.defaults()))
        .isInstanceOf(ExternalResourceMissingException.class)
        .hasMessageContaining("docker network create phx-it-missing-network");
    assertThat(stack.target.status(stack.name).isEmpty()).isTrue();
  }

  @Test
  void startsInDependencyOrderWaitingForHealthAndCompletion() {
    Stack definition = stack.load("""
        services:
          migrate:
            image: ${IMAGE}
            command: ["sh", "-c", "sleep 1; echo migrated"]
          api:
            image: ${IMAGE}
            command: ["sh", "-c", "sleep 2; touch /tmp/ready; exec sleep 600"]
            depends_on:
              migrate:
                condition: service_completed_successfully
            healthcheck:
              test: ["CMD", "test", "-e", "/tmp/ready"]
              interval: 1s
              retries: 30
          web:
            image: ${IMAGE}
            command: ["sleep", "600"]
            stop_signal: SIGKILL
            depends_on:
              api:
                condition: service_healthy
        """);
    deploy(definition, DeployOptions.defaults().withWait(Duration.ofSeconds(60)));

    var migrate = stack.inspect(stack.name + "-migrate-1").getState();
    var api = stack.inspect(stack.name + "-api-1").getState();
    var web = stack.inspect(stack.name + "-web-1").getState();
    assertThat(migrate.getExitCodeLong()).isZero();
    assertThat(Instant.parse(api.getStartedAt())).isAfterOrEqualTo(Instant.parse(migrate.getFinishedAt()));
    Instant apiHealthy = api.getHealth().getLog().stream()
        .filter(entry -> entry.getExitCodeLong() == 0).map(entry -> Instant.parse(entry.getEnd())).findFirst()
        .orElseThrow();
    assertThat(Instant.parse(web.getStartedAt())).isAfterOrEqualTo(apiHealthy);
    assertThat(api.getHealth().getStatus()).isEqualTo("healthy");

    // The finished one-shot job is not run again by a second deployment.
    assertThat(deploy(definition, DeployOptions.defaults().withWait(Duration.ofSeconds(30))).wasNoop()).isTrue();
  }

  @Test
  void aFailedWaitNamesTheServiceItsExitCodeAndItsLastLogLines() {
    Stack definition = stack.load("""
        services:
          broken:
            image: ${IMAGE}
            command: ["sh", "-c", "echo starting up; echo cannot open /data/db >&2; exit 3"]
            restart: "no"
            healthcheck:
              test: ["CMD", "true"]
              interval: 1s
        """);
    assertThatThrownBy(() -> deploy(definition, DeployOptions.defaults().withWait(Duration.ofSeconds(30))))
        .isInstanceOfSatisfying(ServiceFailedException.class, failure -> {
          assertThat(failure.service()).isEqualTo("broken");
          assertThat(failure.exitCode()).isEqualTo(3);
          assertThat(failure.logTail()).contains("cannot open /data/db");
          assertThat(failure.getMessage()).contains("broken", "3", "cannot open /data/db");
          assertThat(failure.completed()).contains("created container " + stack.name + "-broken-1");
        });
  }

  @Test
  void anImageThatCannotBePulledIsNamedWithTheEnginesAnswer() {
    Stack definition = stack.load("""
        services:
          web:
            image: 127.0.0.1:1/phoenix/nowhere:1
        """);
    assertThatThrownBy(() -> deploy(definition, DeployOptions.defaults()))
        .isInstanceOf(ImageUnavailableException.class)
        .hasMessageContaining("127.0.0.1:1/phoenix/nowhere:1")
        .hasMessageContaining("connection refused");
  }

  @Test
  void downRemovesContainersAndNetworksAndVolumesOnlyWhenAsked() {
    String withVolume = """
        services:
          web:
            image: ${IMAGE}
            command: ["sleep", "600"]
            stop_signal: SIGKILL
            volumes: [ "data:/data" ]
        volumes:
          data: {}
        """;
    deploy(stack.load(withVolume), DeployOptions.defaults());
    RemovalResult kept = stack.target.remove(stack.name, RemoveOptions.defaults(), DeploymentListener.NONE);
    assertThat(kept.containers()).containsExactly(stack.name + "-web-1");
    assertThat(kept.networks()).containsExactly(stack.name + "_default");
    assertThat(kept.volumes()).isEmpty();
    assertThat(EngineStack.docker("volume", "ls", "-q")).contains(stack.name + "_data");

    deploy(stack.load(withVolume), DeployOptions.defaults());
    RemovalResult all = stack.target.remove(stack.name, RemoveOptions.defaults().withRemoveVolumes(true),
        DeploymentListener.NONE);
    assertThat(all.volumes()).containsExactly(stack.name + "_data");
    assertThat(EngineStack.docker("volume", "ls", "-q")).doesNotContain(stack.name + "_data");
    assertThat(stack.target.status(stack.name).isEmpty()).isTrue();
  }

  @Test
  void theDockerCliSeesAnOrdinaryComposeProject() {
    Stack definition = stack.load("""
        services:
          web:
            image: ${IMAGE}
            command: ["sleep", "600"]
            stop_signal: SIGKILL
            labels:
              team: shop
            depends_on: [worker]
          worker:
            image: ${IMAGE}
            command: ["sleep", "600"]
            stop_signal: SIGKILL
        """);
    deploy(definition, DeployOptions.defaults());
    String project = "label=com.docker.compose.project=" + stack.name;

    assertThat(EngineStack.docker("ps", "--filter", project, "--format",
        "{{.Names}} {{.Label \"com.docker.compose.service\"}} {{.Label \"com.docker.compose.container-number\"}}"
            + " {{.Label \"com.docker.compose.oneoff\"}}").lines().sorted().toList())
        .containsExactly(stack.name + "-web-1 web 1 False", stack.name + "-worker-1 worker 1 False");
    assertThat(EngineStack.docker("inspect", "--format", "{{index .Config.Labels \"team\"}}", stack.name + "-web-1"))
        .isEqualToIgnoringWhitespace("shop");
    String labels = EngineStack.docker("inspect", "--format", "{{json .Config.Labels}}", stack.name + "-web-1");
    assertThat(labels)
        .contains("\"com.docker.compose.depends_on\":\"worker:service_started:false\"")
        .contains("\"com.docker.compose.project.working_dir\":\"" + directory.toAbsolutePath() + "\"")
        .contains("\"com.docker.compose.project.config_files\":\"" + directory.resolve("compose.yaml").toAbsolutePath()
            + "\"")
        .contains("\"com.docker.compose.config-hash\":\"")
        .contains("\"com.docker.compose.image\":\"sha256:")
        .contains("\"dev.phoenix.stack.version\":\"1\"");
    assertThat(EngineStack.docker("network", "ls", "--filter", project, "--format",
        "{{.Name}} {{.Label \"com.docker.compose.network\"}}").strip())
        .isEqualTo(stack.name + "_default default");
    // Aliases: the service name resolves on the project network.
    assertThat(EngineStack.docker("exec", stack.name + "-web-1", "nslookup", "worker"))
        .contains("Address");
  }

  @Test
  void buildsAnImageWithoutATagOnceAndRunsIt() throws IOException {
    Path context = directory.resolve("app");
    Files.createDirectories(context);
    Files.writeString(context.resolve("Dockerfile"), """
        FROM phoenix-test/busybox:latest
        ARG GREETING
        RUN echo "$GREETING" > /greeting
        CMD ["sleep", "600"]
        """);
    String yaml = """
        services:
          app:
            build:
              context: ./app
              args:
                GREETING: built-by-phoenix
            stop_signal: SIGKILL
        """;
    List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
    stack.target.apply(stack.load(yaml), DeployOptions.defaults(), events::add);
    assertThat(events).extracting(DeploymentEvent::type).contains(DeploymentEvent.Type.BUILDING,
        DeploymentEvent.Type.BUILT);
    assertThat(stack.inspect(stack.name + "-app-1").getConfig().getImage()).isEqualTo(stack.name + "-app");
    assertThat(EngineStack.docker("exec", stack.name + "-app-1", "cat", "/greeting")).contains("built-by-phoenix");

    events.clear();
    assertThat(stack.target.apply(stack.load(yaml), DeployOptions.defaults(), events::add).wasNoop()).isTrue();
    assertThat(events).extracting(DeploymentEvent::type).doesNotContain(DeploymentEvent.Type.BUILDING);
  }

  @Test
  void aRecreatedContainerKeepsTheDataOfItsAnonymousVolumes() {
    String yaml = """
        services:
          db:
            image: ${IMAGE}
            command: ["sleep", "600"]
            stop_signal: SIGKILL
            environment:
              VERSION: "1"
            volumes: [ "/var/lib/db" ]
        """;
    deploy(stack.load(yaml), DeployOptions.defaults());
    EngineStack.docker("exec", stack.name + "-db-1", "sh", "-c", "echo precious > /var/lib/db/data");
    String before = stack.ids().get(stack.name + "-db-1");

    deploy(stack.load(yaml.replace("VERSION: \"1\"", "VERSION: \"2\"")), DeployOptions.defaults());

    assertThat(stack.ids().get(stack.name + "-db-1")).isNotEqualTo(before);
    assertThat(EngineStack.docker("exec", stack.name + "-db-1", "cat", "/var/lib/db/data")).isEqualTo("precious\n");

    // down -v removes the carried-over volume too, although the engine no longer counts it as anonymous.
    String volume = stack.inspect(stack.name + "-db-1").getMounts().get(0).getName();
    RemovalResult removed = stack.target.remove(stack.name, new RemoveOptions(true, Duration.ZERO),
        DeploymentListener.NONE);
    assertThat(removed.volumes()).contains(volume);
    assertThat(EngineStack.docker("volume", "ls", "-q")).doesNotContain(volume);
  }

  @Test
  void aPlanNamesEveryStepWithItsAction() {
    Plan plan = stack.target.plan(stack.load(TWO_SERVICES), DeployOptions.defaults());
    assertThat(plan.count(Action.CREATE)).isEqualTo(3);
    assertThat(plan.isNoop()).isFalse();
    assertThat(plan.target()).startsWith("docker engine");
  }
}
