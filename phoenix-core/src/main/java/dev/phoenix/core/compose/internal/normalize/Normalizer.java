package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compose's normalisation of a canonical project: what {@code docker compose} adds to the model
 * unless asked not to ({@code --no-normalize}).
 *
 * <ul>
 *   <li>{@code name} is the project name;
 *   <li>services attached to no network (and without {@code network_mode}) join the implicit
 *       {@code default} network, which is then declared;
 *   <li>networks, volumes, secrets and configs without a {@code name} are named
 *       {@code <project>_<key>}, or after their key when external;
 *   <li>{@code links}, {@code volumes_from} and {@code network_mode}/{@code ipc}/{@code pid}/
 *       {@code uts}/{@code cgroup: service:x} add the {@code depends_on} entries they imply
 *       (restarting with the dependency, except for {@code volumes_from});
 *   <li>{@code build} gets {@code context: .} and {@code dockerfile: Dockerfile} by default;
 *   <li>bare {@code environment} keys take the project environment's value (kept bare when it has
 *       none), bare {@code build.args} too (dropped when it has none);
 *   <li>{@code pre_start} hooks run the service's image unless they name their own;
 *   <li>{@code pull_policy: if_not_present} is spelt {@code missing}, volume targets are cleaned.
 * </ul>
 */
public final class Normalizer {
  private static final List<String> SHARED_NAMESPACES = List.of("network_mode", "ipc", "pid", "uts", "cgroup");
  private static final List<String> RESOURCE_KINDS = List.of("networks", "volumes", "configs", "secrets");

  private Normalizer() {
  }

  /**
   * Normalises {@code canonical} in place and returns it; does nothing when
   * {@link NormalizeOptions#normalize()} is off. Plain maps and lists at the levels it changes are
   * first replaced by {@code YamlMap} / {@code YamlList} copies.
   */
  public static YamlMap normalize(YamlMap canonical, NormalizeOptions options) {
    if (!options.normalize()) {
      return canonical;
    }
    if (options.projectName() != null) {
      canonical.put("name", options.projectName());
    }
    // What is changed in place lies at most three levels below a section:
    // services.<name>.volumes[<i>], services.<name>.pre_start[<i>], networks.<name>...
    for (String section : List.of("services", "networks", "volumes", "configs", "secrets")) {
      if (canonical.get(section) != null) {
        canonical.put(section, Trees.editable(canonical.get(section), 3));
      }
    }
    addDefaultNetwork(canonical);
    Map<String, String> environment = options.environment();
    if (canonical.get("services") instanceof Map<?, ?> services) {
      for (Object service : services.values()) {
        if (service instanceof YamlMap map) {
          normalizeService(map, environment::get);
        }
      }
    }
    nameResources(canonical);
    return canonical;
  }

  private static void addDefaultNetwork(YamlMap project) {
    boolean usesDefault = false;
    if (project.get("services") instanceof Map<?, ?> services) {
      for (Object value : services.values()) {
        if (!(value instanceof YamlMap service) || service.containsKey("provider") || service.containsKey("network_mode")) {
          continue;
        }
        if (!(service.get("networks") instanceof Map<?, ?> networks) || networks.isEmpty()) {
          YamlMap attached = new YamlMap();
          attached.put("default", null);
          service.put("networks", attached);
          usesDefault = true;
        } else if (networks.containsKey("default")) {
          usesDefault = true;
        }
      }
    }
    if (usesDefault) {
      YamlMap networks = editable(project.get("networks"));
      if (!networks.containsKey("default")) {
        networks.put("default", new YamlMap());
      }
      project.put("networks", networks);
    }
  }

  private static void normalizeService(YamlMap service, Function<String, String> environment) {
    if ("if_not_present".equals(service.get("pull_policy"))) {
      service.put("pull_policy", "missing");
    }
    if (service.get("build") instanceof YamlMap build) {
      build.putIfAbsent("context", ".");
      if (build.get("dockerfile") == null && build.get("dockerfile_inline") == null) {
        build.put("dockerfile", "Dockerfile");
      }
      if (build.containsKey("args")) {
        build.put("args", resolve(build.get("args"), environment, false));
      }
    }
    if (service.containsKey("environment")) {
      service.put("environment", resolve(service.get("environment"), environment, true));
    }
    YamlMap dependsOn = editable(service.get("depends_on"));
    if (service.get("links") instanceof List<?> links) {
      for (Object link : links) {
        String[] parts = String.valueOf(link).split(":", -1);
        addDependency(dependsOn, parts.length == 2 ? parts[0] : String.valueOf(link), true);
      }
    }
    for (String namespace : SHARED_NAMESPACES) {
      if (service.get(namespace) instanceof String reference && reference.startsWith("service:")) {
        addDependency(dependsOn, reference.substring("service:".length()), true);
      }
    }
    if (service.get("volumes") instanceof List<?> volumes) {
      for (Object volume : volumes) {
        if (volume instanceof YamlMap mount && mount.get("target") instanceof String target) {
          mount.put("target", VolumeMounts.clean(target));
        }
      }
    }
    if (service.get("volumes_from") instanceof List<?> volumesFrom) {
      for (Object source : volumesFrom) {
        String text = String.valueOf(source);
        if (!text.startsWith("container:")) {
          addDependency(dependsOn, text.split(":", -1)[0], false);
        }
      }
    }
    if (!dependsOn.isEmpty()) {
      service.put("depends_on", dependsOn);
    }
    if (service.get("pre_start") instanceof List<?> hooks && service.get("image") != null) {
      for (Object hook : hooks) {
        if (hook instanceof YamlMap map && map.get("image") == null) {
          map.put("image", service.get("image"));
        }
      }
    }
  }

  private static void addDependency(YamlMap dependsOn, String service, boolean restart) {
    if (dependsOn.containsKey(service)) {
      return;
    }
    YamlMap dependency = new YamlMap();
    dependency.put("condition", "service_started");
    if (restart) {
      dependency.put("restart", true);
    }
    dependency.put("required", true);
    dependsOn.put(service, dependency);
  }

  /**
   * Bare keys take the environment's value; those it lacks stay bare ({@code keepMissing}) or are
   * dropped. Both the map and the {@code KEY[=VALUE]} list forms are accepted.
   */
  private static Object resolve(Object values, Function<String, String> environment, boolean keepMissing) {
    if (values instanceof Map<?, ?> map) {
      YamlMap result = map instanceof YamlMap yamlMap ? new YamlMap(yamlMap.location()) : new YamlMap();
      if (map instanceof YamlMap yamlMap) {
        result.copyLocationsFrom(yamlMap);
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Object value = entry.getValue() != null ? entry.getValue() : environment.apply(key);
        if (value != null || keepMissing) {
          result.put(key, value);
        }
      }
      return result;
    }
    if (values instanceof List<?> list) {
      YamlList result = list instanceof YamlList yamlList ? new YamlList(yamlList.location()) : new YamlList();
      for (Object item : list) {
        String text = String.valueOf(item);
        String value = text.contains("=") ? null : environment.apply(text);
        if (value != null) {
          result.add(text + "=" + value);
        } else if (text.contains("=") || keepMissing) {
          result.add(text);
        }
      }
      return result;
    }
    return values;
  }

  /** The map itself, or a new one when there is none. */
  private static YamlMap editable(Object value) {
    return value instanceof YamlMap map ? map : new YamlMap();
  }

  private static void nameResources(YamlMap project) {
    Object projectName = project.get("name");
    for (String kind : RESOURCE_KINDS) {
      if (!(project.get(kind) instanceof YamlMap resources)) {
        continue;
      }
      resources.replaceAll((key, value) -> {
        YamlMap resource = value instanceof YamlMap map ? map : new YamlMap();
        if (resource.get("name") == null) {
          resource.put("name", GoValues.isTrue(resource.get("external")) ? key : projectName + "_" + key);
        }
        return resource;
      });
    }
  }
}
