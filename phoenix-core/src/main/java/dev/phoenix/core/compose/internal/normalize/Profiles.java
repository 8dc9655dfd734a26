package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compose profiles: a service that declares {@code profiles} is enabled only when one of them is
 * active; services without profiles are always enabled; the profile {@code *} activates all.
 */
public final class Profiles {
  private Profiles() {
  }

  /**
   * Moves the services of {@code project} that no active profile enables to
   * {@link ProfileResult#disabledServices()}; {@code project} is changed in place (its
   * {@code services} is replaced by the enabled ones).
   *
   * @throws ComposeValidationException when an enabled service depends on a disabled one, unless
   *     the dependency says {@code required: false}
   */
  public static ProfileResult apply(YamlMap project, Set<String> activeProfiles) {
    YamlMap disabled = new YamlMap();
    if (!(project.get("services") instanceof Map<?, ?> services)) {
      return new ProfileResult(project, disabled);
    }
    boolean all = activeProfiles.contains("*");
    YamlMap enabled = Trees.mapFrom(services);
    for (Map.Entry<?, ?> entry : services.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Object service = entry.getValue();
      Trees.put(all || enabled(service, activeProfiles) ? enabled : disabled, services, name, service);
    }
    project.put("services", enabled);
    At root = At.root(project);
    for (Map.Entry<String, Object> entry : enabled.entrySet()) {
      String name = entry.getKey();
      if (entry.getValue() instanceof Map<?, ?> service && service.get("depends_on") instanceof Map<?, ?> dependsOn) {
        for (Map.Entry<?, ?> dependency : dependsOn.entrySet()) {
          String target = String.valueOf(dependency.getKey());
          if (disabled.containsKey(target) && required(dependency.getValue())) {
            throw root.key("services").key(name).key("depends_on").key(target)
                .invalid(dependsOnDisabled(name, target, disabled.get(target)));
          }
        }
      }
    }
    return new ProfileResult(project, disabled);
  }

  /** Whether a dependency is required: the default, unless {@code required: false}. */
  static boolean required(Object dependency) {
    return !(dependency instanceof Map<?, ?> map) || !Boolean.FALSE.equals(map.get("required"))
        && !"false".equals(String.valueOf(map.get("required")));
  }

  static String dependsOnDisabled(String service, String target, Object disabledService) {
    Object profiles = disabledService instanceof Map<?, ?> map ? map.get("profiles") : null;
    return "service \"" + service + "\" depends on service \"" + target + "\", which is disabled"
        + (profiles == null ? "" : " (profiles " + profiles + " not active)")
        + "; activate one of its profiles or set required: false";
  }

  private static boolean enabled(Object service, Set<String> activeProfiles) {
    if (!(service instanceof Map<?, ?> map) || !(map.get("profiles") instanceof List<?> profiles) || profiles.isEmpty()) {
      return true;
    }
    for (Object profile : profiles) {
      if (activeProfiles.contains(String.valueOf(profile))) {
        return true;
      }
    }
    return false;
  }
}
