package dev.phoenix.core.engine.internal.status;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.Network;
import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedVolume;
import dev.phoenix.core.engine.internal.observe.Observer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Takes a stack down from its labels alone, like {@code docker compose down -p}: containers in
 * reverse dependency order (read from their {@code depends_on} labels), then the networks, then,
 * when asked, the volumes. External resources carry no project label and are never touched.
 */
public final class StackRemover {
  private static final int PARALLELISM = 8;
  private static final int NETWORK_ATTEMPTS = 10;
  private static final Duration NETWORK_RETRY = Duration.ofMillis(200);

  private final DockerClient docker;

  public StackRemover(DockerClient docker) {
    this.docker = docker;
  }

  public RemovalResult remove(String project, RemoveOptions options, DeploymentListener listener) {
    List<String> networks = new ArrayList<>();
    List<String> volumes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> containers = Collections.synchronizedList(new ArrayList<>());
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    // A recreated container mounts its predecessor's anonymous volumes by name, so the engine no
    // longer counts them as the container's own: down -v finds and removes them itself.
    Set<String> anonymous = options.removeVolumes() ? anonymousVolumes(project) : Set.of();
    // Dependents before their dependencies, level by level; the containers of one level in parallel.
    for (List<ObservedContainer> level : stopLevels(new Observer(docker).containers(project))) {
      runAll(level, container -> step(project, "remove container " + container.name(), done, () -> {
        removeContainer(project, container, options, listener);
        containers.add(container.name());
        done.add("removed container " + container.name());
      }));
    }
    for (Network network : docker.listNetworksCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project))
        .exec()) {
      event(listener, project, Type.REMOVING, ResourceKind.NETWORK, network.getName(), null);
      String users = removeNetwork(network);
      if (users == null) {
        networks.add(network.getName());
        done.add("removed network " + network.getName());
        event(listener, project, Type.REMOVED, ResourceKind.NETWORK, network.getName(), null);
      } else {
        String warning = "network " + network.getName() + " was kept: it is still in use by " + users;
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
      for (String volume : anonymous) {
        try {
          docker.removeVolumeCmd(volume).exec();
          volumes.add(volume);
          done.add("removed volume " + volume);
        } catch (NotFoundException gone) {
          // Removed with its container.
        } catch (DockerException inUse) {
          warnings.add("anonymous volume " + volume + " was kept: " + inUse.getMessage().strip());
        }
      }
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

  /** The anonymous volumes (named by the engine with 64 hex digits) the stack's containers mount. */
  private Set<String> anonymousVolumes(String project) {
    Set<String> names = new TreeSet<>();
    for (Container container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(ComposeLabels.PROJECT, project)).exec()) {
      if (container.getMounts() != null) {
        for (ContainerMount mount : container.getMounts()) {
          if (ObservedVolume.isAnonymousName(mount.getName())) {
            names.add(mount.getName());
          }
        }
      }
    }
    return names;
  }

  /**
   * Removes a network; returns null when it is gone, else who still uses it. The engine releases
   * the endpoints of just-removed containers a moment after their removal returns, so an "active
   * endpoints" refusal is retried for a short while before it counts.
   */
  private String removeNetwork(Network network) {
    DockerException refusal = null;
    for (int attempt = 0; attempt < NETWORK_ATTEMPTS; attempt++) {
      try {
        docker.removeNetworkCmd(network.getId()).exec();
        return null;
      } catch (NotFoundException gone) {
        return null;
      } catch (DockerException e) {
        refusal = e;
        if (!String.valueOf(e.getMessage()).contains("active endpoints")) {
          break;
        }
        try {
          Thread.sleep(NETWORK_RETRY.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    try {
      Map<String, ?> attached = docker.inspectNetworkCmd().withNetworkId(network.getId()).exec().getContainers();
      if (attached != null && !attached.isEmpty()) {
        return attached.size() + " container" + (attached.size() == 1 ? "" : "s") + " of other stacks";
      }
    } catch (DockerException e) {
      refusal.addSuppressed(e);
    }
    return "the engine: " + refusal.getMessage().strip();
  }

  private void removeContainer(String project, ObservedContainer container, RemoveOptions options,
      DeploymentListener listener) {
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
    event(listener, project, Type.REMOVED, ResourceKind.CONTAINER, container.name(), container.service());
  }

  /** Runs {@code body} for every item at once (at most {@value #PARALLELISM}), waits for all, then throws the first failure. */
  private static <T> void runAll(List<T> items, Consumer<T> body) {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLELISM, items.size())));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(workers.submit(() -> body.accept(item)));
      }
      RuntimeException first = null;
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (first == null) {
            first = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while removing containers", e);
        }
      }
      if (first != null) {
        throw first;
      }
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * The containers in levels to stop one after the other: one-offs first, then services by their
   * depth in the dependency graph read from the {@code depends_on} labels, deepest (most
   * dependencies) first, so a service stops before what it depends on.
   */
  static List<List<ObservedContainer>> stopLevels(List<ObservedContainer> containers) {
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
    Map<String, Integer> depth = new HashMap<>();
    for (String service : dependsOn.keySet()) {
      depth(service, dependsOn, depth, new HashSet<>());
    }
    TreeMap<Integer, List<ObservedContainer>> levels = new TreeMap<>(Comparator.reverseOrder());
    for (ObservedContainer container : containers) {
      int level = container.oneoff() ? Integer.MAX_VALUE : depth.getOrDefault(container.service(), 0);
      levels.computeIfAbsent(level, key -> new ArrayList<>()).add(container);
    }
    return List.copyOf(levels.values());
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
