package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeploymentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code depends_on} graph of a project's enabled services (implicit dependencies included,
 * as the loader adds them). A dependency on a service that is not enabled is dropped when it says
 * {@code required: false} and is an error otherwise; a cycle is an error. Immutable.
 */
public final class DependencyGraph {
  private final Map<String, List<String>> dependencies;
  private final Map<String, List<String>> dependents;
  private final List<String> order;

  private DependencyGraph(Map<String, List<String>> dependencies, Map<String, List<String>> dependents,
      List<String> order) {
    this.dependencies = dependencies;
    this.dependents = dependents;
    this.order = order;
  }

  /**
   * The graph of {@code project}'s enabled services.
   *
   * @throws DeploymentException when a required dependency is not an enabled service, or for a
   *     cycle ({@code dependency cycle detected: a -> b -> a})
   */
  public static DependencyGraph of(ComposeProject project) {
    Map<String, List<String>> dependencies = new LinkedHashMap<>();
    Map<String, List<String>> dependents = new LinkedHashMap<>();
    for (String name : project.services().keySet()) {
      dependents.put(name, new ArrayList<>());
    }
    for (ServiceSpec service : project.services().values()) {
      List<String> needed = new ArrayList<>();
      for (Map.Entry<String, DependsOn> entry : service.dependsOn().entrySet()) {
        String target = entry.getKey();
        if (project.services().containsKey(target)) {
          needed.add(target);
          dependents.get(target).add(service.name());
        } else if (entry.getValue().required()) {
          throw new DeploymentException(project.name(), "service " + service.name() + " depends on service " + target
              + (project.disabledServices().containsKey(target)
                  ? ", which is disabled by its profiles (activate one of them, or set required: false)"
                  : ", which is not defined"));
        }
      }
      dependencies.put(service.name(), List.copyOf(needed));
    }
    Map<String, List<String>> frozenDependents = new LinkedHashMap<>();
    dependents.forEach((name, list) -> frozenDependents.put(name, List.copyOf(list)));
    List<String> order = new Sorter(project.name(), dependencies).sort();
    return new DependencyGraph(Collections.unmodifiableMap(dependencies),
        Collections.unmodifiableMap(frozenDependents), order);
  }

  /** Every service, each after all its dependencies; independent services in file order. */
  public List<String> order() {
    return order;
  }

  /** Every service, each before all its dependencies: the order to stop and remove in. */
  public List<String> reverseOrder() {
    List<String> reverse = new ArrayList<>(order);
    Collections.reverse(reverse);
    return List.copyOf(reverse);
  }

  /** The enabled services {@code service} depends on directly, in the order they are declared. */
  public List<String> dependenciesOf(String service) {
    return lookup(dependencies, service);
  }

  /** The enabled services that depend directly on {@code service}, in file order. */
  public List<String> dependentsOf(String service) {
    return lookup(dependents, service);
  }

  private static List<String> lookup(Map<String, List<String>> edges, String service) {
    List<String> found = edges.get(service);
    if (found == null) {
      throw new IllegalArgumentException("no enabled service " + service);
    }
    return found;
  }

  /** A depth-first topological sort that reports the first cycle it walks into, by name. */
  private static final class Sorter {
    private final String stack;
    private final Map<String, List<String>> dependencies;
    private final Set<String> done = new HashSet<>();
    private final Map<String, Integer> onPath = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final List<String> order = new ArrayList<>();

    Sorter(String stack, Map<String, List<String>> dependencies) {
      this.stack = stack;
      this.dependencies = dependencies;
    }

    List<String> sort() {
      for (String service : dependencies.keySet()) {
        visit(service);
      }
      return List.copyOf(order);
    }

    private void visit(String service) {
      if (done.contains(service)) {
        return;
      }
      Integer start = onPath.get(service);
      if (start != null) {
        List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
        cycle.add(service);
        throw new DeploymentException(stack, "dependency cycle detected: " + String.join(" -> ", cycle));
      }
      onPath.put(service, path.size());
      path.add(service);
      for (String dependency : dependencies.get(service)) {
        visit(dependency);
      }
      path.remove(path.size() - 1);
      onPath.remove(service);
      done.add(service);
      order.add(service);
    }
  }
}
