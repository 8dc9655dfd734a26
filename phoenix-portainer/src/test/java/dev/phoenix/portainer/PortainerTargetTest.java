package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.ServiceFailedException;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackDeployer;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.portainer.testing.FakePortainer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortainerTargetTest {
  private PortainerServer server;
  private FakePortainer fake;
  private DeploymentTarget target;

  @BeforeEach
  void start() {
    fake = new FakePortainer(PortainerVersion.parse("2.23.0")).environment(1, "local", null);
    server = PortainerServer.playing(fake);
    target = DeploymentTarget.open("portainer", address(), Map.of(PortainerTargetProvider.API_KEY,
        PortainerServer.API_KEY));
  }

  @AfterEach
  void close() {
    target.close();
    server.close();
  }

  private String address() {
    String base = server.server.url("/").toString();
    return base.substring(0, base.length() - 1) + "?endpoint=1";
  }

  private static Stack stack(String image, String... extraServices) {
    StringBuilder yaml = new StringBuilder("name: shop\nservices:\n  app:\n    image: ").append(image).append('\n');
    for (String service : extraServices) {
      yaml.append("  ").append(service).append(":\n    image: busybox\n");
    }
    return Stack.of(ComposeLoader.builder().content("compose.yaml", yaml.toString()).environment(Map.of()).load());
  }

  private static Stack named(String name) {
    return Stack.of(ComposeLoader.builder().content("compose.yaml", "name: " + name
        + "\nservices:\n  app:\n    image: busybox\n").environment(Map.of()).load());
  }

  private long writes() {
    return fake.requests().stream().filter(r -> !r.getMethod().equals("GET")).count();
  }

  @Test
  void theProviderIsFoundByKindAndDescribesTheEnvironment() {
    assertThat(target).isInstanceOf(PortainerTarget.class);
    assertThat(target.describe()).isEqualTo("portainer " + server.server.url("/").toString().replaceAll("/$", "")
        + " environment 1");
  }

  @Test
  void plansCreateThenKeepThenUpdate() {
    Plan create = target.plan(stack("nginx:1.27"), DeployOptions.defaults());
    assertThat(create.stack()).isEqualTo("shop");
    assertThat(create.changes()).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(ResourceKind.STACK);
      assertThat(change.action()).isEqualTo(Action.CREATE);
    });
    assertThat(create.warnings()).anyMatch(w -> w.contains("not planned one by one") && w.contains("app"));
    assertThat(writes()).isZero();

    target.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
    Plan keep = target.plan(stack("nginx:1.27"), DeployOptions.defaults());
    assertThat(keep.isNoop()).isTrue();
    assertThat(keep.count(Action.KEEP)).isEqualTo(1);

    Plan update = target.plan(stack("nginx:1.28"), DeployOptions.defaults());
    assertThat(update.changes()).singleElement().satisfies(change -> {
      assertThat(change.action()).isEqualTo(Action.RECREATE);
      assertThat(change.fields()).extracting(f -> f.field()).containsExactly("compose file");
    });
  }

  @Test
  void appliesWithOnePostThenNothingThenOnePut() {
    List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
    DeploymentResult first = target.apply(stack("nginx:1.27"), DeployOptions.defaults(), events::add);
    assertThat(first.wasNoop()).isFalse();
    assertThat(fake.count("POST", "/api/stacks.*")).isEqualTo(1);
    assertThat(fake.stacks().values()).singleElement().satisfies(s -> {
      assertThat(s.name).isEqualTo("shop");
      assertThat(s.file).contains("nginx:1.27");
    });
    assertThat(events).extracting(e -> e.type()).contains(DeploymentEvent.Type.CREATING,
        DeploymentEvent.Type.CREATED, DeploymentEvent.Type.DONE);

    fake.clearRequests();
    DeploymentResult second = target.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
    assertThat(second.wasNoop()).isTrue();
    assertThat(writes()).isZero();

    fake.clearRequests();
    target.apply(stack("nginx:1.28"), DeployOptions.defaults(), DeploymentListener.NONE);
    assertThat(fake.count("PUT", "/api/stacks/\\d+")).isEqualTo(1);
    assertThat(writes()).isEqualTo(1);
  }

  @Test
  void waitsUntilTheContainersRun() {
    List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
    DeploymentResult result = target.apply(stack("nginx:1.27"),
        DeployOptions.defaults().withWait(Duration.ofSeconds(5)), events::add);
    assertThat(result.status().containers()).singleElement().satisfies(c -> {
      assertThat(c.service()).isEqualTo("app");
      assertThat(c.number()).isEqualTo(1);
      assertThat(c.isUp()).isTrue();
    });
    assertThat(events).anyMatch(e -> e.type() == DeploymentEvent.Type.HEALTHY && "app".equals(e.service()));
  }

  @Test
  void aServiceThatNeverRunsFailsTheWaitByName() {
    try (PortainerClient client = server.apiKeyClient()) {
      PortainerTarget polling = PortainerTarget.of(client, 1).pollEvery(Duration.ofMillis(20));
      ServiceFailedException failure = catchThrowableOfType(ServiceFailedException.class,
          () -> polling.apply(stack("nginx:1.27", "worker"), DeployOptions.defaults().withWait(Duration.ofMillis(300)),
              DeploymentListener.NONE));
      assertThat(failure.service()).isEqualTo("worker");
      assertThat(failure.timedOut()).isTrue();
      assertThat(failure.getMessage()).contains("worker");
    }
  }

  @Test
  void statusListAndRemove() {
    assertThat(target.status("shop").isEmpty()).isTrue();
    target.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
    fake.seedStack(1, "other", "services:\n  app:\n    image: redis\n", Map.of());

    StackStatus status = target.status("shop");
    assertThat(status.containers()).extracting(c -> c.name()).containsExactly("shop-app-1");

    List<StackSummary> list = target.list();
    assertThat(list).extracting(StackSummary::stack).containsExactlyInAnyOrder("shop", "other");
    assertThat(list).allSatisfy(s -> {
      assertThat(s.states()).containsEntry("running", 1);
      assertThat(s.deployedByPhoenix()).isEqualTo(s.stack().equals("shop"));
    });

    fake.clearRequests();
    RemovalResult removed = target.remove("shop", RemoveOptions.defaults(), DeploymentListener.NONE);
    assertThat(removed.containers()).containsExactly("shop-app-1");
    assertThat(removed.warnings()).anyMatch(w -> w.contains("volumes kept"));
    assertThat(fake.requests()).anyMatch(r -> r.getMethod().equals("DELETE")
        && "1".equals(r.getUrl().queryParameter("endpointId")));
    assertThat(fake.stacks().values()).extracting(s -> s.name).containsExactly("other");

    fake.clearRequests();
    RemovalResult absent = target.remove("shop", RemoveOptions.defaults(), DeploymentListener.NONE);
    assertThat(absent.containers()).isEmpty();
    assertThat(writes()).isZero();
  }

  @Test
  void deploysASwarmStackWhenTheEnvironmentIsASwarm() {
    fake.environment(2, "swarm", "swarm-1");
    try (DeploymentTarget swarm = DeploymentTarget.open("portainer", address().replace("endpoint=1", "endpoint=2"),
        Map.of(PortainerTargetProvider.API_KEY, PortainerServer.API_KEY))) {
      swarm.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
      assertThat(fake.stacks().values()).singleElement().satisfies(s -> {
        assertThat(s.type).isEqualTo(1);
        assertThat(s.swarmId).isEqualTo("swarm-1");
      });
      assertThat(swarm.list()).extracting(StackSummary::stack).containsExactly("shop");
      assertThat(target.list()).isEmpty();
    }
  }

  @Test
  void opensWithALogin() {
    try (DeploymentTarget login = DeploymentTarget.open("portainer", address(), Map.of(
        PortainerTargetProvider.USERNAME, PortainerServer.USER, PortainerTargetProvider.PASSWORD,
        PortainerServer.PASSWORD))) {
      assertThat(login.list()).isEmpty();
    }
  }

  @Test
  void refusesWithoutCredentialsAndNeverPrintsASecret() {
    assertThatThrownBy(() -> DeploymentTarget.open("portainer", address(), Map.of()))
        .isInstanceOf(PhoenixException.class)
        .hasMessageContaining("no credentials for Portainer")
        .hasMessageContaining(PortainerTargetProvider.API_KEY)
        .hasMessageContaining(PortainerTargetProvider.USERNAME);
    assertThatThrownBy(() -> DeploymentTarget.open("portainer", address(),
        Map.of(PortainerTargetProvider.PASSWORD, "s3cret-value")))
        .hasMessageContaining(PortainerTargetProvider.USERNAME + " is not")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-value"));
  }

  @Test
  void refusesAnAddressWithoutEnvironment() {
    assertThatThrownBy(() -> DeploymentTarget.open("portainer", address().replace("?endpoint=1", ""),
        Map.of(PortainerTargetProvider.API_KEY, PortainerServer.API_KEY)))
        .isInstanceOf(PhoenixException.class)
        .hasMessageContaining("?endpoint=N");
  }

  @Test
  void looksUpImageDigestsThroughTheDockerProxyPullingWhenMissing() {
    String digest = "sha256:" + "ab".repeat(32);
    fake.heldImage(1, "127.0.0.1:5000/team/app:1", "127.0.0.1:5000/team/app@" + digest)
        .heldImage(1, "built:local", null)
        .registryImage("docker.io/library/redis", "7", "redis:7", "sha256:" + "cd".repeat(32));
    assertThat(target.imageDigest("127.0.0.1:5000/team/app:1")).contains(digest);
    assertThat(fake.count("POST", ".*/images/create")).isZero();

    assertThat(target.imageDigest("redis:7")).contains("sha256:" + "cd".repeat(32));
    assertThat(fake.requests()).anySatisfy(r -> {
      assertThat(r.getUrl().encodedPath()).isEqualTo("/api/endpoints/1/docker/images/create");
      assertThat(r.getUrl().queryParameter("fromImage")).isEqualTo("docker.io/library/redis");
      assertThat(r.getUrl().queryParameter("tag")).isEqualTo("7");
      assertThat(r.getHeaders().get("X-API-Key")).isEqualTo(PortainerServer.API_KEY);
    });
    assertThat(target.imageDigest("built:local")).isEmpty();

    fake.clearRequests();
    assertThat(target.imageDigest("app@" + digest)).contains(digest);
    assertThat(fake.requests()).isEmpty();

    assertThatThrownBy(() -> target.imageDigest("127.0.0.1:5000/team/missing:2"))
        .isInstanceOf(ImageUnavailableException.class)
        .hasMessageContaining("127.0.0.1:5000/team/missing:2")
        .hasMessageContaining("manifest unknown");
    assertThatThrownBy(() -> target.imageDigest("Not An Image")).isInstanceOf(PhoenixException.class)
        .hasMessageContaining("Not An Image");
  }

  @Test
  void aListedStackIsReadByIdAndListingTakesTwoRequests() {
    for (int i = 0; i < 5; i++) {
      fake.seedStack(1, "stack" + i, "services: {}\n", Map.of());
    }
    fake.clearRequests();
    assertThat(target.list()).hasSize(5);
    assertThat(fake.requests()).hasSize(3); // the environment (once per target), the stacks, the containers

    fake.clearRequests();
    Plan plan = target.plan(named("stack3"), DeployOptions.defaults());
    assertThat(plan.changes().get(0).action()).isEqualTo(Action.RECREATE);
    assertThat(fake.requests()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/stacks/4", "GET /api/stacks/4/file");

    target.remove("stack3", RemoveOptions.defaults(), DeploymentListener.NONE);
    fake.clearRequests();
    assertThat(target.plan(named("stack3"), DeployOptions.defaults()).changes().get(0).action())
        .isEqualTo(Action.CREATE);
    assertThat(fake.requests()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/stacks");
  }

  @Test
  void theStackDeployerPlansDeploysWaitsAndRemovesOnComposeAndSwarmEnvironments() {
    fake.environment(2, "swarm", "swarm-1");
    for (int endpoint : new int[] {1, 2}) {
      try (StackDeployer deployer = StackDeployer.builder().target(DeploymentTarget.open("portainer",
          address().replace("endpoint=1", "endpoint=" + endpoint), Map.of(PortainerTargetProvider.API_KEY,
              PortainerServer.API_KEY))).build()) {
        assertThat(deployer.plan(stack("nginx:1.27")).changes()).singleElement()
            .satisfies(change -> assertThat(change.action()).isEqualTo(Action.CREATE));
        DeploymentResult result = deployer.deploy(stack("nginx:1.27")).waitHealthy(Duration.ofSeconds(5)).execute();
        assertThat(result.status().containers()).singleElement().satisfies(c -> {
          assertThat(c.state()).isEqualTo("running");
          assertThat(c.number()).isEqualTo(1);
        });
        assertThat(deployer.plan(stack("nginx:1.27")).isNoop()).isTrue();
        assertThat(deployer.list()).extracting(StackSummary::stack).containsExactly("shop");
        assertThat(deployer.list().get(0).states()).containsEntry("running", 1);
        deployer.remove("shop").execute();
        assertThat(deployer.list()).isEmpty();
      }
    }
    assertThat(fake.count("POST", "/api/stacks/create/standalone/string")).isEqualTo(1);
    assertThat(fake.count("POST", "/api/stacks/create/swarm/string")).isEqualTo(1);
  }

  @Test
  void aStoppedStackIsStartedAndOneLeftDownByAFailedUpdateIsDeployedAgain() {
    target.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
    int id = fake.stacks().keySet().iterator().next();
    fake.stacks().get(id).status = 2;

    Plan stopped = target.plan(stack("nginx:1.27"), DeployOptions.defaults());
    assertThat(stopped.changes()).singleElement().satisfies(c -> assertThat(c.action()).isEqualTo(Action.START));
    fake.clearRequests();
    DeploymentResult started = target.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
    assertThat(started.wasNoop()).isFalse();
    assertThat(fake.requests()).filteredOn(r -> !r.getMethod().equals("GET"))
        .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath() + "?" + r.getUrl().encodedQuery())
        .containsExactly("POST /api/stacks/" + id + "/start?endpointId=1");
    assertThat(started.status().containers()).extracting(c -> c.state()).containsExactly("running");

    fake.failNextDeploy("manifest for nginx:9 not found");
    assertThatThrownBy(() -> target.apply(stack("nginx:9"), DeployOptions.defaults(), DeploymentListener.NONE))
        .isInstanceOf(PortainerApiException.class).hasMessageContaining("nginx:9");
    assertThat(fake.stacks().get(id).status).isEqualTo(1);
    Plan down = target.plan(stack("nginx:1.27"), DeployOptions.defaults());
    assertThat(down.changes()).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(Action.RECREATE);
      assertThat(c.reason()).contains("no container");
    });
    fake.clearRequests();
    target.apply(stack("nginx:1.27"), DeployOptions.defaults(), DeploymentListener.NONE);
    assertThat(fake.count("PUT", "/api/stacks/" + id)).isEqualTo(1);
    assertThat(target.plan(stack("nginx:1.27"), DeployOptions.defaults()).isNoop()).isTrue();
  }
}
