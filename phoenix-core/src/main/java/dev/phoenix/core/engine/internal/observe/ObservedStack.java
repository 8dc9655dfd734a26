package dev.phoenix.core.engine.internal.observe;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine holds that matters for one stack, read in a handful of list calls: the stack's
 * containers (one-offs included, stopped ones too), the networks and volumes the stack needs by
 * engine name (its own and external ones, whether labelled or not), and the local images by
 * reference.
 *
 * @param project the project name
 * @param containers the containers labelled with the project
 * @param networks networks by engine name
 * @param volumes volumes by engine name
 * @param images local image IDs by reference ({@code repo:tag} as listed; a reference without a
 *     tag is looked up with {@code :latest})
 */
public record ObservedStack(
    String project,
    List<ObservedContainer> containers,
    Map<String, ObservedNetwork> networks,
    Map<String, ObservedVolume> volumes,
    Map<String, String> images) {

  public ObservedStack {
    containers = List.copyOf(containers);
    networks = Map.copyOf(networks);
    volumes = Map.copyOf(volumes);
    images = Map.copyOf(images);
  }

  /** The service containers (not one-offs) of {@code service}. */
  public List<ObservedContainer> containersOf(String service) {
    return containers.stream().filter(c -> !c.oneoff() && service.equals(c.service())).toList();
  }

  /** The local image ID for {@code reference}, if the image is present. */
  public Optional<String> imageId(String reference) {
    String id = images.get(reference);
    if (id == null && !hasTagOrDigest(reference)) {
      id = images.get(reference + ":latest");
    }
    return Optional.ofNullable(id);
  }

  private static boolean hasTagOrDigest(String reference) {
    int slash = reference.lastIndexOf('/');
    return reference.indexOf('@') >= 0 || reference.indexOf(':', slash + 1) >= 0;
  }
}
