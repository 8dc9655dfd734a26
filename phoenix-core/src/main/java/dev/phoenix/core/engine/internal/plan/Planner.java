package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.UnsupportedKey;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.hash.ConfigHash;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes what deploying a project does, from what the engine holds: Compose's convergence
 * ({@code docker compose up}) as a pure function, with no I/O but the reading of secret and config
 * files for their hashes.
 *
 * <p>Networks: created when absent; recreated, with every container attached to them, when their
 * definition changed; an existing network of another project (or none) is used as it is, with a
 * warning. Volumes: created when absent, never recreated (a warning says when their definition
 * changed). Services, in dependency order: scaled to {@code scale}, else {@code deploy.replicas},
 * else 1 container; containers recreated when forced, when their configuration hash or image
 * changed, or when a network they use is recreated; started when created but never started, or
 * stopped with an error. Unlike {@code docker compose up}, a one-shot container that exited with 0
 * (a service without a restart policy) is kept as it is, so a second deployment changes nothing.
 */
public final class Planner {
  private Planner() {
  }

  /**
   * The plan for deploying {@code project} over what {@code observed} reports.
   *
   * @param project the loaded project
   * @param observed what the engine holds for the stack
   * @param options {@code forceRecreate} and {@code removeOrphans} matter here
   * @param unsupported keys the target cannot apply, passed through to the plan
   * @param targetDescription the target, for people
   * @throws dev.phoenix.api.deploy.ExternalResourceMissingException when an external network or
   *     volume does not exist (checked before anything else)
   * @throws dev.phoenix.api.deploy.DeploymentException for a dependency cycle, a required dependency
   *     that is not enabled, or a network that holds another network's label
   */
  public static EnginePlan plan(ComposeProject project, ObservedStack observed, DeployOptions options,
      List<UnsupportedKey> unsupported, String targetDescription) {
    ResourcePlanner.requireExternals(project, observed);
    DependencyGraph graph = DependencyGraph.of(project);
    ConfigHash hashes = ConfigHash.of(project);
    List<String> warnings = new ArrayList<>();

    ResourcePlanner resources = new ResourcePlanner(project, observed, hashes, warnings);
    List<NetworkStep> networks = resources.networks();
    List<VolumeStep> volumes = resources.volumes();
    Map<String, String> recreatedNetworks = new LinkedHashMap<>();
    for (NetworkStep network : networks) {
      if (network.action() == Action.RECREATE) {
        recreatedNetworks.put(network.key(), network.name());
      }
    }

    ServiceConvergence convergence = new ServiceConvergence(project, observed, options, recreatedNetworks);
    List<ServicePlan> services = new ArrayList<>();
    for (String name : graph.order()) {
      ServiceSpec service = project.services().get(name);
      services.add(convergence.plan(service, hashes.service(service)));
    }

    List<ObservedContainer> orphans = Orphans.of(project, observed);
    if (!orphans.isEmpty() && !options.removeOrphans()) {
      warnings.add(Orphans.warning(orphans));
    }

    List<PlannedChange> changes = changes(networks, volumes, services, options.removeOrphans() ? orphans : List.of());
    boolean changesSomething = changes.stream().anyMatch(PlannedChange::changesSomething);
    int highest = highestStackVersion(observed);
    int stackVersion = changesSomething ? highest + 1 : highest;

    Plan plan = new Plan(project.name(), targetDescription, changes,
        orphans.stream().map(ObservedContainer::name).toList(), unsupported, warnings);
    return new EnginePlan(plan, networks, volumes, services, orphans, stackVersion);
  }

  /** Networks, volumes, containers by service in dependency order, then removals (orphans last). */
  private static List<PlannedChange> changes(List<NetworkStep> networks, List<VolumeStep> volumes,
      List<ServicePlan> services, List<ObservedContainer> removedOrphans) {
    List<PlannedChange> changes = new ArrayList<>();
    for (NetworkStep network : networks) {
      changes.add(new PlannedChange(ResourceKind.NETWORK, network.name(), null, network.action(),
          resourceReason(network.action()), List.of()));
    }
    for (VolumeStep volume : volumes) {
      changes.add(new PlannedChange(ResourceKind.VOLUME, volume.name(), null, volume.action(),
          resourceReason(volume.action()), List.of()));
    }
    List<PlannedChange> removals = new ArrayList<>();
    for (ServicePlan service : services) {
      for (ContainerStep step : service.containers()) {
        PlannedChange change = new PlannedChange(ResourceKind.CONTAINER, step.name(), service.name(), step.action(),
            step.reason(), step.fields());
        (step.action() == Action.REMOVE ? removals : changes).add(change);
      }
    }
    changes.addAll(removals);
    for (ObservedContainer orphan : removedOrphans) {
      changes.add(new PlannedChange(ResourceKind.CONTAINER, orphan.name(), orphan.service(), Action.REMOVE, "orphan",
          List.of()));
    }
    return changes;
  }

  private static String resourceReason(Action action) {
    return switch (action) {
      case CREATE -> "new";
      case RECREATE -> "configuration changed";
      default -> null;
    };
  }

  /** The highest {@code dev.phoenix.stack.version} among the stack's containers, 0 when none has one. */
  private static int highestStackVersion(ObservedStack observed) {
    int highest = 0;
    for (ObservedContainer container : observed.containers()) {
      String label = container.label(ComposeLabels.PHOENIX_STACK_VERSION);
      if (label != null) {
        try {
          highest = Math.max(highest, Integer.parseInt(label.trim()));
        } catch (NumberFormatException notOurs) {
          // a label edited by hand does not stop a deployment; it just does not count
        }
      }
    }
    return highest;
  }
}
