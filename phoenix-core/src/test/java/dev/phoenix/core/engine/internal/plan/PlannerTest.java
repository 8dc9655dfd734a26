package dev.phoenix.core.engine.internal.plan;

import static dev.phoenix.core.engine.internal.plan.Engines.after;
import static dev.phoenix.core.engine.internal.plan.Engines.empty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.ExternalResourceMissingException;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.UnsupportedKey;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedNetwork;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import dev.phoenix.core.engine.internal.observe.ObservedVolume;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerTest {
  private static final String TARGET = "docker engine unix:///var/run/docker.sock";

  @TempDir
  Path dir;

  private static final String SHOP = """
      name: shop
      services:
        web:
          image: nginx:1.27
          depends_on: [api]
          ports: ["8080:80"]
        api:
          image: shop/api:1
          environment:
            LOG_LEVEL: info
            DB_PASSWORD: s3cr3t-Value-42
          volumes: ["data:/data"]
        worker:
          image: busybox
      volumes:
        data: {}
      """;

  private EnginePlan plan(String yaml, ObservedStack observed) {
    return plan(yaml, observed, DeployOptions.defaults());
  }

  private EnginePlan plan(String yaml, ObservedStack observed, DeployOptions options) {
    return Planner.plan(Projects.load(dir, yaml), observed, options, List.of(), TARGET);
  }

  private ObservedStack deployed(String yaml) {
    ObservedStack before = empty("shop", "nginx:1.27", "shop/api:1", "busybox");
    return after(plan(yaml, before), before);
  }

  private static List<String> names(EnginePlan plan, Action action) {
    return plan.plan().changes().stream().filter(c -> c.action() == action).map(PlannedChange::name).toList();
  }

  private static PlannedChange change(EnginePlan plan, String name) {
    return plan.plan().changes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aFreshDeploymentCreatesEverythingInOrder() {
    EnginePlan plan = plan(SHOP, empty("shop", "nginx:1.27", "shop/api:1", "busybox"));

    assertThat(plan.plan().changes()).extracting(PlannedChange::kind, PlannedChange::name, PlannedChange::action)
        .containsExactly(
            tuple(ResourceKind.NETWORK, "shop_default", Action.CREATE),
            tuple(ResourceKind.VOLUME, "shop_data", Action.CREATE),
            tuple(ResourceKind.CONTAINER, "shop-api-1", Action.CREATE),
            tuple(ResourceKind.CONTAINER, "shop-web-1", Action.CREATE),
            tuple(ResourceKind.CONTAINER, "shop-worker-1", Action.CREATE));
    assertThat(plan.services()).extracting(ServicePlan::name).containsExactly("api", "web", "worker");
    assertThat(plan.services().get(0).configHash()).matches("[0-9a-f]{64}");
    assertThat(plan.services().get(0).fieldDigests()).containsKeys("image", "environment.LOG_LEVEL");
    assertThat(plan.stackVersion()).isEqualTo(1);
    assertThat(plan.plan().stack()).isEqualTo("shop");
    assertThat(plan.plan().target()).isEqualTo(TARGET);
    assertThat(plan.plan().isNoop()).isFalse();
  }

  @Test
  void theSameInputAgainChangesNothing() {
    ObservedStack running = deployed(SHOP);

    EnginePlan again = plan(SHOP, running);

    assertThat(again.plan().isNoop()).isTrue();
    assertThat(again.plan().changes()).hasSize(5).allMatch(c -> c.action() == Action.KEEP && c.reason() == null);
    assertThat(again.plan().warnings()).isEmpty();
    assertThat(again.stackVersion()).isEqualTo(1);
  }

  @Test
  void aChangedServiceRecreatesOnlyItsContainersAndNeverShowsItsValues() {
    ObservedStack running = deployed(SHOP);
    String changed = SHOP.replace("s3cr3t-Value-42", "n3w-s3cr3t-Value-43").replace("ports: [\"8080:80\"]",
        "ports: [\"8081:80\"]");

    EnginePlan plan = plan(changed, running);

    assertThat(names(plan, Action.RECREATE)).containsExactly("shop-api-1", "shop-web-1");
    assertThat(names(plan, Action.KEEP)).containsExactly("shop_default", "shop_data", "shop-worker-1");
    PlannedChange api = change(plan, "shop-api-1");
    assertThat(api.reason()).isEqualTo("configuration changed");
    assertThat(api.fields()).containsExactly(FieldChange.redacted("environment.DB_PASSWORD"));
    assertThat(change(plan, "shop-web-1").fields()).containsExactly(new FieldChange("ports", null, null, false));
    assertThat(change(plan, "shop-web-1").fields().get(0)).hasToString("ports changed");
    assertThat(plan.plan().toString()).doesNotContain("s3cr3t").doesNotContain("info");
    assertThat(plan.toString()).doesNotContain("s3cr3t");
    assertThat(plan.stackVersion()).isEqualTo(2);
  }

  @Test
  void aNewImageReferenceShowsBothReferences() {
    ObservedStack running = deployed(SHOP);
    ObservedStack withNewImage = Engines.withImages(running, Map.of("nginx:1.27", Engines.IMAGE_ID,
        "nginx:1.28", Engines.IMAGE_ID, "shop/api:1", Engines.IMAGE_ID, "busybox", Engines.IMAGE_ID));

    EnginePlan plan = plan(SHOP.replace("nginx:1.27", "nginx:1.28"), withNewImage);

    PlannedChange web = change(plan, "shop-web-1");
    assertThat(web.action()).isEqualTo(Action.RECREATE);
    assertThat(web.reason()).isEqualTo("image changed");
    assertThat(web.fields()).containsExactly(FieldChange.of("image", "nginx:1.27", "nginx:1.28"));
  }

  @Test
  void aRebuiltOrRepulledImageRecreatesItsContainers() {
    ObservedStack running = deployed(SHOP);
    String newId = "sha256:" + "b".repeat(64);
    ObservedStack repulled = Engines.withImages(running, Map.of("nginx:1.27", newId, "shop/api:1", Engines.IMAGE_ID,
        "busybox:latest", Engines.IMAGE_ID));

    EnginePlan plan = plan(SHOP, repulled);

    assertThat(names(plan, Action.RECREATE)).containsExactly("shop-web-1");
    assertThat(change(plan, "shop-web-1").reason()).isEqualTo("image changed");
    assertThat(change(plan, "shop-web-1").fields())
        .containsExactly(FieldChange.of("image id", "aaaaaaaaaaaa", "bbbbbbbbbbbb"));
    assertThat(plan(SHOP, Engines.withImages(running, Map.of())).plan().isNoop())
        .as("an image whose ID is not known does not count as changed").isTrue();
  }

  @Test
  void forcingRecreatesEveryContainer() {
    EnginePlan plan = plan(SHOP, deployed(SHOP), DeployOptions.defaults().withForceRecreate(true));

    assertThat(names(plan, Action.RECREATE)).containsExactly("shop-api-1", "shop-web-1", "shop-worker-1");
    assertThat(plan.plan().changes(ResourceKind.CONTAINER)).allMatch(c -> "forced".equals(c.reason()));
  }

  @Test
  void scalingUpContinuesTheNumbers() {
    String two = SHOP.replace("image: busybox", "image: busybox\n    scale: 2");
    ObservedStack running = deployed(two);

    EnginePlan plan = plan(two.replace("scale: 2", "scale: 4"), running);

    assertThat(plan.services().get(2).containers()).extracting(ContainerStep::number, ContainerStep::action)
        .containsExactly(tuple(1, Action.KEEP), tuple(2, Action.KEEP), tuple(3, Action.CREATE), tuple(4, Action.CREATE));
    assertThat(names(plan, Action.CREATE)).containsExactly("shop-worker-3", "shop-worker-4");
    assertThat(plan.services().get(2).replicas()).isEqualTo(4);
  }

  @Test
  void scalingUpAfterAGapStartsAboveTheHighestNumber() {
    ObservedStack running = Engines.editing(deployed(SHOP), "shop-worker-1", c -> new ObservedContainer(c.id(),
        "shop-worker-5", c.service(), 5, false, c.image(), c.imageId(), c.state(), c.status(), 0, c.labels()));

    EnginePlan plan = plan(SHOP.replace("image: busybox", "image: busybox\n    deploy: {replicas: 2}"), running);

    assertThat(names(plan, Action.CREATE)).containsExactly("shop-worker-6");
    assertThat(change(plan, "shop-worker-5").action()).isEqualTo(Action.KEEP);
  }

  @Test
  void scalingDownRemovesTheHighestNumbersFirstAndLast() {
    String three = SHOP.replace("image: busybox", "image: busybox\n    scale: 3");
    ObservedStack running = deployed(three);

    EnginePlan plan = plan(three.replace("scale: 3", "scale: 1"), running);

    assertThat(plan.plan().changes()).extracting(PlannedChange::name, PlannedChange::action).endsWith(
        tuple("shop-worker-1", Action.KEEP), tuple("shop-worker-3", Action.REMOVE), tuple("shop-worker-2", Action.REMOVE));
    assertThat(change(plan, "shop-worker-3").reason()).isEqualTo("scaled down");
    assertThat(change(plan, "shop-worker-3").service()).isEqualTo("worker");
  }

  @Test
  void scalingDownRemovesOutdatedContainersBeforeUpToDateOnes() {
    String two = SHOP.replace("image: busybox", "image: busybox\n    scale: 2");
    ObservedStack running = Engines.editing(deployed(two), "shop-worker-1",
        c -> Engines.labels(c, labels -> {
          labels.put(ComposeLabels.PHOENIX_CONFIG_HASH, "0".repeat(64));
          return labels;
        }));

    EnginePlan plan = plan(two.replace("scale: 2", "scale: 1"), running);

    assertThat(change(plan, "shop-worker-2").action()).isEqualTo(Action.KEEP);
    assertThat(change(plan, "shop-worker-1").action()).isEqualTo(Action.REMOVE);
  }

  @Test
  void scalingToZeroRemovesEveryContainer() {
    String two = SHOP.replace("image: busybox", "image: busybox\n    scale: 2");
    EnginePlan plan = plan(two.replace("scale: 2", "scale: 0"), deployed(two));

    assertThat(names(plan, Action.REMOVE)).containsExactly("shop-worker-2", "shop-worker-1");
    assertThat(plan.services().get(2).replicas()).isZero();
    assertThat(plan.plan().orphans()).isEmpty();
  }

  @Test
  void aContainerNameIsUsedAsItIs() {
    String named = SHOP.replace("image: busybox", "image: busybox\n    container_name: the-worker");

    EnginePlan fresh = plan(named, empty("shop"));
    EnginePlan again = plan(named, deployed(named));

    assertThat(names(fresh, Action.CREATE)).contains("the-worker").doesNotContain("shop-worker-1");
    assertThat(again.plan().isNoop()).isTrue();
  }

  @Test
  void aCompletedOneShotJobIsKeptButOneThatFailedIsStarted() {
    String job = SHOP.replace("image: busybox", "image: busybox\n    command: [\"true\"]");
    ObservedStack running = deployed(job);
    ObservedStack completed = Engines.editing(running, "shop-worker-1",
        c -> Engines.state(c, "exited", "Exited (0) 5 seconds ago"));
    ObservedStack failed = Engines.editing(running, "shop-worker-1",
        c -> Engines.state(c, "exited", "Exited (3) 5 seconds ago"));
    ObservedStack created = Engines.editing(running, "shop-worker-1", c -> Engines.state(c, "created", "Created"));

    assertThat(plan(job, completed).plan().isNoop()).isTrue();
    assertThat(change(plan(job, failed), "shop-worker-1")).extracting(PlannedChange::action, PlannedChange::reason)
        .containsExactly(Action.START, "not running");
    assertThat(change(plan(job, created), "shop-worker-1").action()).isEqualTo(Action.START);
  }

  @Test
  void aServiceThatRestartsIsStartedEvenAfterACleanExit() {
    String always = SHOP.replace("image: busybox", "image: busybox\n    restart: always");
    ObservedStack stopped = Engines.editing(deployed(always), "shop-worker-1",
        c -> Engines.state(c, "exited", "Exited (0) 1 minute ago"));

    assertThat(change(plan(always, stopped), "shop-worker-1").action()).isEqualTo(Action.START);
  }

  @Test
  void orphansAreListedAndRemovedOnlyWhenAsked() {
    ObservedStack running = Engines.plus(deployed(SHOP),
        Engines.container("shop", "legacy", 1, false, "running", "Up 2 hours"));
    running = Engines.plus(running, Engines.container("shop", "api", 0, true, "exited", "Exited (0) 1 hour ago"));
    running = Engines.plus(running, Engines.container("shop", "web", 0, true, "running", "Up 1 hour"));

    EnginePlan kept = plan(SHOP, running);
    EnginePlan removed = plan(SHOP, running, DeployOptions.defaults().withRemoveOrphans(true));

    assertThat(kept.plan().orphans()).containsExactly("shop-legacy-1", "shop-api-run-0123456789ab");
    assertThat(kept.orphans()).extracting(ObservedContainer::name).containsExactlyElementsOf(kept.plan().orphans());
    assertThat(kept.plan().isNoop()).isTrue();
    assertThat(kept.plan().warnings()).singleElement().asString()
        .startsWith("2 orphan containers").contains("shop-legacy-1").contains("--remove-orphans");
    assertThat(removed.plan().changes()).extracting(PlannedChange::name, PlannedChange::action, PlannedChange::reason)
        .endsWith(tuple("shop-legacy-1", Action.REMOVE, "orphan"),
            tuple("shop-api-run-0123456789ab", Action.REMOVE, "orphan"));
    assertThat(removed.plan().warnings()).isEmpty();
    assertThat(removed.stackVersion()).isEqualTo(2);
  }

  @Test
  void aServiceDisabledByAProfileIsNoOrphan() {
    String merged = SHOP.replace("  worker:\n    image: busybox\n",
        "  worker:\n    image: busybox\n  debug:\n    image: busybox\n    profiles: [debug]\n");
    ComposeProject project = Projects.load(dir, merged);
    assertThat(project.disabledServices()).containsKey("debug");
    ObservedStack running = Engines.plus(deployed(SHOP),
        Engines.container("shop", "debug", 1, false, "exited", "Exited (0) 1 day ago"));

    EnginePlan plan = Planner.plan(project, running, DeployOptions.defaults().withRemoveOrphans(true), List.of(),
        TARGET);

    assertThat(plan.plan().orphans()).isEmpty();
    assertThat(plan.plan().isNoop()).isTrue();
  }

  @Test
  void aMissingExternalNetworkOrVolumeStopsThePlanBeforeAnythingElse() {
    String external = """
        name: shop
        services:
          web:
            image: nginx:1.27
            depends_on: [web]
            networks: [edge]
            volumes: ["certs:/certs"]
        networks:
          edge: {external: true, name: proxy-edge}
        volumes:
          certs: {external: true}
        """;
    ComposeProject project = Projects.load(dir, external.replace("    depends_on: [web]\n", ""));
    ObservedStack none = empty("shop");

    assertThatThrownBy(() -> Planner.plan(project, none, DeployOptions.defaults(), List.of(), TARGET))
        .isInstanceOfSatisfying(ExternalResourceMissingException.class, e -> {
          assertThat(e.kind()).isEqualTo(ResourceKind.NETWORK);
          assertThat(e.name()).isEqualTo("proxy-edge");
        })
        .hasMessageContaining("docker network create proxy-edge");
    ObservedStack withNetwork = Engines.withNetwork(none, new ObservedNetwork("n1", "proxy-edge", "bridge", Map.of()));
    assertThatThrownBy(() -> Planner.plan(project, withNetwork, DeployOptions.defaults(), List.of(), TARGET))
        .isInstanceOf(ExternalResourceMissingException.class)
        .hasMessageContaining("docker volume create certs");
    ObservedStack both = Engines.withVolume(withNetwork, new ObservedVolume("certs", "local", Map.of()));
    EnginePlan plan = Planner.plan(project, both, DeployOptions.defaults(), List.of(), TARGET);
    assertThat(plan.plan().changes()).extracting(PlannedChange::name, PlannedChange::action).containsExactly(
        tuple("proxy-edge", Action.KEEP), tuple("certs", Action.KEEP), tuple("shop-web-1", Action.CREATE));
  }

  @Test
  void aChangedNetworkIsRecreatedWithTheContainersAttachedToIt() {
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
    ObservedStack before = empty("shop", "nginx:1.27", "busybox");
    ObservedStack running = after(plan(yaml, before), before);

    EnginePlan plan = plan(yaml.replace("front: {}", "front: {labels: {zone: dmz}}"), running);

    assertThat(change(plan, "shop_front")).extracting(PlannedChange::action, PlannedChange::reason)
        .containsExactly(Action.RECREATE, "configuration changed");
    assertThat(change(plan, "shop_back").action()).isEqualTo(Action.KEEP);
    assertThat(change(plan, "shop-web-1")).extracting(PlannedChange::action, PlannedChange::reason)
        .containsExactly(Action.RECREATE, "network shop_front recreated");
    assertThat(change(plan, "shop-worker-1").action()).isEqualTo(Action.KEEP);
  }

  @Test
  void aNetworkOfSomeoneElseIsUsedWithAWarningAndAWrongNetworkLabelIsAnError() {
    ObservedStack foreign = Engines.withNetwork(empty("shop"), new ObservedNetwork("n1", "shop_default", "bridge",
        Map.of(ComposeLabels.PROJECT, "other")));
    ObservedStack unlabelled = Engines.withNetwork(empty("shop"), new ObservedNetwork("n1", "shop_default", "bridge",
        Map.of()));
    ObservedStack clash = Engines.withNetwork(empty("shop"), new ObservedNetwork("n1", "shop_default", "bridge",
        Map.of(ComposeLabels.PROJECT, "shop", ComposeLabels.NETWORK, "front")));

    EnginePlan reused = plan(SHOP, foreign);

    assertThat(change(reused, "shop_default").action()).isEqualTo(Action.KEEP);
    assertThat(reused.plan().warnings()).singleElement().asString().contains("shop_default")
        .contains("project other").contains("external: true");
    assertThat(plan(SHOP, unlabelled).plan().warnings()).singleElement().asString().contains("external: true");
    assertThatThrownBy(() -> plan(SHOP, clash)).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("network shop_default").hasMessageContaining("com.docker.compose.network=front");
  }

  @Test
  void aChangedVolumeIsKeptWithAWarning() {
    ObservedStack running = deployed(SHOP);

    EnginePlan plan = plan(SHOP.replace("data: {}", "data: {driver_opts: {type: tmpfs, device: tmpfs}}"), running);

    assertThat(change(plan, "shop_data").action()).isEqualTo(Action.KEEP);
    assertThat(plan.plan().warnings()).singleElement().asString().contains("shop_data").contains("data would be lost");
    assertThat(change(plan, "shop-api-1").action()).isEqualTo(Action.RECREATE);
  }

  @Test
  void theStackVersionCountsDeploymentsThatChangeSomething() {
    ObservedStack running = Engines.editing(deployed(SHOP), "shop-worker-1", c -> Engines.labels(c, labels -> {
      labels.put(ComposeLabels.PHOENIX_STACK_VERSION, "7");
      return labels;
    }));
    ObservedStack garbled = Engines.editing(running, "shop-web-1", c -> Engines.labels(c, labels -> {
      labels.put(ComposeLabels.PHOENIX_STACK_VERSION, "seven");
      return labels;
    }));

    assertThat(plan(SHOP, running).stackVersion()).isEqualTo(7);
    assertThat(plan(SHOP.replace("nginx:1.27", "nginx:1.28"), running).stackVersion()).isEqualTo(8);
    assertThat(plan(SHOP, garbled).stackVersion()).isEqualTo(7);
  }

  @Test
  void aContainerWithoutPhoenixLabelsIsRecreatedOnce() {
    ObservedStack composeMade = Engines.editing(deployed(SHOP), "shop-web-1", c -> Engines.labels(c, labels -> {
      labels.remove(ComposeLabels.PHOENIX_CONFIG_HASH);
      labels.remove(ComposeLabels.PHOENIX_CONFIG_FIELDS);
      return labels;
    }));

    EnginePlan plan = plan(SHOP, composeMade);

    assertThat(change(plan, "shop-web-1")).extracting(PlannedChange::action, PlannedChange::reason,
        PlannedChange::fields).containsExactly(Action.RECREATE, "configuration changed", List.of());
  }

  @Test
  void unsupportedKeysArePassedThrough() {
    UnsupportedKey develop = new UnsupportedKey("web", "develop", "watch mode is not supported");

    EnginePlan plan = Planner.plan(Projects.load(dir, SHOP), empty("shop"), DeployOptions.defaults(),
        List.of(develop), TARGET);

    assertThat(plan.plan().unsupported()).containsExactly(develop);
  }

  @Test
  void aCycleIsAnErrorThatNamesIt() {
    ComposeProject project = DependencyGraphTest.cycle();

    assertThatThrownBy(() -> Planner.plan(project, empty("loop"), DeployOptions.defaults(), List.of(), TARGET))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("dependency cycle detected: a -> b -> a");
  }
}
