package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks Compose makes on a loaded project before using it: every reference points at
 * something declared, settings given twice agree, and {@code depends_on} has no cycle. The project
 * is expected in canonical form (see {@link Canonicalizer}), normalised and with profiles applied.
 */
public final class ConsistencyCheck {
  private ConsistencyCheck() {
  }

  /**
   * Checks a project with no profile-disabled services.
   *
   * @throws ComposeValidationException for the first inconsistency, with its position
   * @throws ComposeCycleException for a dependency cycle, such as
   *     {@code dependency cycle detected: a -> b -> a}
   */
  public static void check(YamlMap project) {
    check(project, Map.of());
  }

  /**
   * Checks a project whose {@code disabledServices} were set aside by {@link Profiles}: a
   * dependency on one of them is accepted only when it says {@code required: false}.
   */
  public static void check(YamlMap project, Map<String, ?> disabledServices) {
    At root = At.root(project);
    Map<?, ?> services = project.get("services") instanceof Map<?, ?> map ? map : Map.of();
    Map<String, String> containerNames = new HashMap<>();
    for (Map.Entry<?, ?> entry : services.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (entry.getValue() instanceof Map<?, ?> service) {
        ServiceChecks checks = new ServiceChecks(project, services, disabledServices, name, service, root.key("services").key(name));
        checks.run();
        if (service.get("container_name") instanceof String containerName) {
          String other = containerNames.putIfAbsent(containerName, name);
          if (other != null) {
            throw root.key("services").key(name).key("container_name")
                .invalid("container name \"" + containerName + "\" is already in use by service \"" + other + "\"");
          }
        }
      }
    }
    if (project.get("secrets") instanceof Map<?, ?> secrets) {
      for (Map.Entry<?, ?> entry : secrets.entrySet()) {
        Map<?, ?> secret = entry.getValue() instanceof Map<?, ?> map ? map : Map.of();
        if (!GoValues.isTrue(secret.get("external")) && secret.get("file") == null && secret.get("environment") == null) {
          String name = String.valueOf(entry.getKey());
          throw root.key("secrets").key(name).invalid("secret \"" + name + "\" must declare either `file` or `environment`");
        }
      }
    }
    DependencyCycles.check(services, root.key("services"));
  }

  /** Whether {@code value} is a non-empty sequence. */
  static boolean hasItems(Object value) {
    return value instanceof List<?> list && !list.isEmpty();
  }
}
