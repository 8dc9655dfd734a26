package dev.phoenix.core.engine.internal.observe;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Network;
import dev.phoenix.core.engine.internal.ComposeLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the engine holds for a stack in four list calls, whatever the number of containers:
 * the project's containers by label, and all networks, volumes and images (external networks and
 * volumes carry no project label, so they are found by name).
 */
public final class Observer {
  private final DockerClient docker;

  public Observer(DockerClient docker) {
    this.docker = docker;
  }

  /** Everything about {@code project} a plan needs. */
  public ObservedStack observe(String project) {
    return new ObservedStack(project, containers(project), networks(), volumes(), images());
  }

  /** The project's containers, stopped ones and one-offs included. */
  public List<ObservedContainer> containers(String project) {
    List<Container> listed = docker.listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(ComposeLabels.PROJECT, project))
        .exec();
    List<ObservedContainer> containers = new ArrayList<>(listed.size());
    for (Container container : listed) {
      containers.add(toObserved(container));
    }
    return containers;
  }

  /** One listed container as Phoenix sees it. */
  public static ObservedContainer toObserved(Container container) {
    Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
    String[] names = container.getNames();
    String name = names == null || names.length == 0 ? container.getId() : names[0];
    if (name.startsWith("/")) {
      name = name.substring(1);
    }
    return new ObservedContainer(
        container.getId(),
        name,
        labels.getOrDefault(ComposeLabels.SERVICE, ""),
        number(labels.get(ComposeLabels.CONTAINER_NUMBER)),
        "True".equalsIgnoreCase(labels.get(ComposeLabels.ONEOFF)),
        container.getImage(),
        container.getImageId(),
        container.getState() == null ? "unknown" : container.getState(),
        container.getStatus() == null ? "" : container.getStatus(),
        container.getCreated() == null ? 0 : container.getCreated(),
        labels);
  }

  private static int number(String label) {
    if (label == null) {
      return 0;
    }
    try {
      return Integer.parseInt(label.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Every network, by name. */
  public Map<String, ObservedNetwork> networks() {
    Map<String, ObservedNetwork> networks = new HashMap<>();
    for (Network network : docker.listNetworksCmd().exec()) {
      networks.put(network.getName(),
          new ObservedNetwork(network.getId(), network.getName(), network.getDriver(), network.getLabels()));
    }
    return networks;
  }

  /** Every volume, by name. */
  public Map<String, ObservedVolume> volumes() {
    Map<String, ObservedVolume> volumes = new HashMap<>();
    var response = docker.listVolumesCmd().exec();
    if (response.getVolumes() != null) {
      for (var volume : response.getVolumes()) {
        volumes.put(volume.getName(), new ObservedVolume(volume.getName(), volume.getDriver(), volume.getLabels()));
      }
    }
    return volumes;
  }

  /** Local image IDs by every tag and digest reference they carry. */
  public Map<String, String> images() {
    Map<String, String> images = new HashMap<>();
    for (Image image : docker.listImagesCmd().exec()) {
      addAll(images, image.getRepoTags(), image.getId());
      addAll(images, image.getRepoDigests(), image.getId());
    }
    return images;
  }

  private static void addAll(Map<String, String> images, String[] references, String id) {
    if (references == null) {
      return;
    }
    for (String reference : references) {
      if (!reference.startsWith("<none>")) {
        images.put(reference, id);
        // The engine lists Docker Hub images without the docker.io/ prefix a file may carry.
        images.putIfAbsent("docker.io/" + reference, id);
        if (reference.indexOf('/') < 0) {
          images.putIfAbsent("docker.io/library/" + reference, id);
        }
      }
    }
  }
}
