package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.compose.ComposeCycleException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds a {@code depends_on} cycle. Services and their dependencies are visited in name order, as
 * Compose does, so the same project always reports the same cycle: {@code a -> b -> a}.
 */
final class DependencyCycles {
  private final Map<String, Set<String>> edges = new TreeMap<>();
  private final Set<String> acyclic = new HashSet<>();

  private DependencyCycles(Map<?, ?> services) {
    for (Map.Entry<?, ?> entry : services.entrySet()) {
      Set<String> targets = new TreeSet<>();
      if (entry.getValue() instanceof Map<?, ?> service && service.get("depends_on") instanceof Map<?, ?> dependsOn) {
        for (Object target : dependsOn.keySet()) {
          if (services.containsKey(target)) {
            targets.add(String.valueOf(target));
          }
        }
      }
      edges.put(String.valueOf(entry.getKey()), targets);
    }
  }

  /** Throws when the services' dependencies form a cycle; {@code at} is the {@code services} map. */
  static void check(Map<?, ?> services, At at) {
    DependencyCycles graph = new DependencyCycles(services);
    for (String service : graph.edges.keySet()) {
      List<String> path = new ArrayList<>();
      path.add(service);
      graph.search(path, at);
    }
  }

  private void search(List<String> path, At at) {
    String current = path.get(path.size() - 1);
    if (acyclic.contains(current)) {
      return;
    }
    for (String next : edges.getOrDefault(current, Set.of())) {
      int start = path.indexOf(next);
      if (start >= 0) {
        At where = at.key(current).key("depends_on").key(next);
        String cycle = String.join(" -> ", path.subList(start, path.size())) + " -> " + next;
        throw new ComposeCycleException(where.location(), where.path(), "dependency cycle detected: " + cycle);
      }
      path.add(next);
      search(path, at);
      path.remove(path.size() - 1);
    }
    acyclic.add(current);
  }
}
