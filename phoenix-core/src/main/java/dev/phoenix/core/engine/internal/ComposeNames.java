package dev.phoenix.core.engine.internal;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.compose.VolumeSpec;

/**
 * The names Docker Compose v2 gives what a project runs on, wherever Phoenix needs them: the
 * engine names of networks and volumes, and the image reference of a service. The loader names
 * every network and volume; a project built by hand may not, and its resources are then named as
 * Compose names them: {@code <project>_<key>}, or the key alone when external. The planner, which
 * creates them, and the container mapping, which attaches to them, both ask here.
 */
public final class ComposeNames {
  private ComposeNames() {
  }

  /** The engine name of the network {@code key}; a key the project does not declare is named as a stack network. */
  public static String network(ComposeProject project, String key) {
    NetworkSpec spec = project.networks().get(key);
    return spec == null ? named(project, key, null, false) : named(project, key, spec.name(), spec.external());
  }

  /** The engine name of the volume {@code key}; a key the project does not declare is named as a stack volume. */
  public static String volume(ComposeProject project, String key) {
    VolumeSpec spec = project.volumes().get(key);
    return spec == null ? named(project, key, null, false) : named(project, key, spec.name(), spec.external());
  }

  /**
   * The image reference {@code service} runs: its {@code image}, else {@code <project>-<service>},
   * the name Compose v2 gives an image built from a {@code build} section alone.
   */
  public static String image(String project, ServiceSpec service) {
    if (service.image() != null && !service.image().isBlank()) {
      return service.image();
    }
    return project + "-" + service.name();
  }

  private static String named(ComposeProject project, String key, String name, boolean external) {
    if (name != null) {
      return name;
    }
    return external ? key : project.name() + "_" + key;
  }
}
