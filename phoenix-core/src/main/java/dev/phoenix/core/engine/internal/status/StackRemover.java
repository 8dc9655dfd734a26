package dev.phoenix.core.engine.internal.status;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Network;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.Observer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a stack down from its labels alone, like {@code docker compose down -p}: containers in
 * reverse dependency order (read from their {@code depends_on} labels), then the networks, then,
 * when asked, the volumes. External resources carry no project label and are never touched.
 */
public final class StackRemover {
  private final DockerClient docker;

  public StackRemover(DockerClient docker) {
    this.docker = docker;
  }

  public RemovalResult remove(String project, RemoveOptions options, DeploymentListener listener) {
    List<String> containers = new ArrayList<>();
    List<String> networks = new ArrayList<>();
    List<String> volumes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (ObservedContainer container : stopOrder(new Observer(docker).containers(project))) {
      step(project, "remove container " + container.name(), done, () -> {
        if (container.isRunning()) {
          event(listener, project, Type.STOPPING, ResourceKind.CONTAINER, container.name(), container.service());
          var stop = docker.stopContainerCmd(container.id());
          if (options.stopTimeout() != null) {
            stop.withTimeout((int) Math.min(Integer.MAX_VALUE, options.stopTimeout().toSeconds()));
          }
          try {
            stop.exec();
          } catch (NotModifiedException alreadyStopped) {
            // Stopped meanwhile.
          }
        }
        event(listener, project, Type.REMOVING, ResourceKind.CONTAINER, container.name(), container.service());
        try {
          docker.removeContainerCmd(container.id()).withForce(true).withRemoveVolumes(options.removeVolumes()).exec();
        } catch (NotFoundException gone) {
          // Removed meanwhile (an auto-remove container): the goal is reached.
        }
        containers.add(container.name());
        done.add("removed container " + container.name());
        event(listener, project, Type.REMOVED, ResourceKind.CONTAINER, container.name(), container.service());
      });
    }
    for (Network network : docker.listNetworksCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project))
        .exec()) {
      event(listener, project, Type.REMOVING, ResourceKind.NETWORK, network.getName(), null);
      try {
        docker.removeNetworkCmd(network.getId()).exec();
        networks.add(network.getName());
        done.add("removed network " + network.getName());
        event(listener, project, Type.REMOVED, ResourceKind.NETWORK, network.getName(), null);
      } catch (DockerException inUse) {
        String warning = "network " + network.getName() + " was kept: it is still in use by containers of other stacks";
        warnings.add(warning);
        listener.onEvent(new DeploymentEvent(Type.WARNING, project, ResourceKind.NETWORK, network.getName(), null,
            warning, Instant.now()));
      }
    }
    var listedVolumes = docker.listVolumesCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project))
        .exec().getVolumes();
    List<String> volumeNames = listedVolumes == null ? List.of()
        : listedVolumes.stream().map(volume -> volume.getName()).sorted().toList();
    if (options.removeVolumes()) {
      for (String volume : volumeNames) {
        step(project, "remove volume " + volume, done, () -> {
          event(listener, project, Type.REMOVING, ResourceKind.VOLUME, volume, null);
          docker.removeVolumeCmd(volume).exec();
          volumes.add(volume);
          done.add("removed volume " + volume);
          event(listener, project, Type.REMOVED, ResourceKind.VOLUME, volume, null);
        });
      }
    } else if (!volumeNames.isEmpty()) {
      warnings.add("kept " + volumeNames.size() + " volume" + (volumeNames.size() == 1 ? "" : "s") + " ("
          + String.join(", ", volumeNames) + "); remove them with down -v");
    }
    listener.onEvent(new DeploymentEvent(Type.DONE, project, null, null, null,
        "removed " + containers.size() + " containers, " + networks.size() + " networks, " + volumes.size()
            + " volumes", Instant.now()));
    return new RemovalResult(project, containers, networks, volumes, warnings);
  }

  /** Dependents before their dependencies, from the {@code depends_on} labels; one-offs first. */
  static List<ObservedContainer> stopOrder(List<ObservedContainer> containers) {
    Map<String, Set<String>> dependsOn = new HashMap<>();
    for (ObservedContainer container : containers) {
      Set<String> dependencies = dependsOn.computeIfAbsent(container.service(), key -> new HashSet<>());
      String label = container.label(ComposeLabels.DEPENDS_ON);
      if (label != null && !label.isEmpty()) {
        for (String entry : label.split(",")) {
          int colon = entry.indexOf(':');
          dependencies.add(colon < 0 ? entry : entry.substring(0, colon));
        }
      }
    }
    // Depth of each service in the dependency graph: deeper services (more dependencies) stop first.
    Map<String, Integer> depth = new HashMap<>();
    for (String service : dependsOn.keySet()) {
      depth(service, dependsOn, depth, new HashSet<>());
    }
    List<ObservedContainer> ordered = new ArrayList<>(containers);
    ordered.sort((a, b) -> {
      if (a.oneoff() != b.oneoff()) {
        return a.oneoff() ? -1 : 1;
      }
      int byDepth = Integer.compare(depth.getOrDefault(b.service(), 0), depth.getOrDefault(a.service(), 0));
      return byDepth != 0 ? byDepth : a.name().compareTo(b.name());
    });
    return ordered;
  }

  private static int depth(String service, Map<String, Set<String>> dependsOn, Map<String, Integer> depth,
      Set<String> visiting) {
    Integer known = depth.get(service);
    if (known != null) {
      return known;
    }
    if (!visiting.add(service)) {
      return 0; // a cycle in labels written by someone else: order does not matter then
    }
    int deepest = 0;
    for (String dependency : dependsOn.getOrDefault(service, Set.of())) {
      deepest = Math.max(deepest, depth(dependency, dependsOn, depth, visiting) + 1);
    }
    depth.put(service, deepest);
    return deepest;
  }

  private interface Step {
    void run();
  }

  private static void step(String project, String step, List<String> done, Step body) {
    try {
      body.run();
    } catch (DockerException e) {
      throw new DeploymentException(project, step, e.getMessage(), done, e);
    }
  }

  private static void event(DeploymentListener listener, String project, Type type, ResourceKind kind, String name,
      String service) {
    listener.onEvent(new DeploymentEvent(type, project, kind, name, service, null, Instant.now()));
  }
}
