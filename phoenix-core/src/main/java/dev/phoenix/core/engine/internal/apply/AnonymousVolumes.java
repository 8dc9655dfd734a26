package dev.phoenix.core.engine.internal.apply;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import dev.phoenix.core.engine.internal.observe.ObservedVolume;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a container's anonymous volumes over to the container that replaces it, as Compose does
 * by default: the volumes of {@code volumes: [/data]} and of an image's {@code VOLUME} lines are
 * nameless, so without this a recreate would start the new container on empty ones and leave the
 * data behind in a volume nobody mounts.
 */
final class AnonymousVolumes {
  private AnonymousVolumes() {
  }

  /** The anonymous volumes of an existing container: volume name by mount target. */
  static Map<String, String> of(InspectContainerResponse container) {
    Map<String, String> volumes = new LinkedHashMap<>();
    if (container.getMounts() == null) {
      return volumes;
    }
    for (InspectContainerResponse.Mount mount : container.getMounts()) {
      if (ObservedVolume.isAnonymousName(mount.getName()) && mount.getDestination() != null) {
        volumes.put(mount.getDestination().getPath(), mount.getName());
      }
    }
    return volumes;
  }

  /**
   * Mounts {@code volumes} (name by target) into {@code host}: an anonymous volume mount at the
   * same target gets the old volume as its source, and a target nothing else mounts (an image's
   * {@code VOLUME}) gets the old volume added. A target the new configuration mounts otherwise
   * (a bind, a named volume, a tmpfs) keeps the new configuration.
   */
  static void reuse(HostConfig host, Map<String, String> volumes) {
    List<Mount> mounts = host.getMounts() == null ? new ArrayList<>() : new ArrayList<>(host.getMounts());
    Set<String> taken = new HashSet<>();
    if (host.getBinds() != null) {
      for (Bind bind : host.getBinds()) {
        taken.add(bind.getVolume().getPath());
      }
    }
    if (host.getTmpFs() != null) {
      taken.addAll(host.getTmpFs().keySet());
    }
    for (Mount mount : mounts) {
      if (mount.getSource() != null || mount.getType() != MountType.VOLUME) {
        taken.add(mount.getTarget());
      }
    }
    List<Mount> reused = new ArrayList<>();
    for (Mount mount : mounts) {
      String old = mount.getType() == MountType.VOLUME && mount.getSource() == null ? volumes.get(mount.getTarget())
          : null;
      reused.add(old == null ? mount : mount.withSource(old));
      taken.add(mount.getTarget());
    }
    volumes.forEach((target, name) -> {
      if (!taken.contains(target)) {
        reused.add(new Mount().withType(MountType.VOLUME).withSource(name).withTarget(target));
      }
    });
    host.withMounts(reused);
  }
}
