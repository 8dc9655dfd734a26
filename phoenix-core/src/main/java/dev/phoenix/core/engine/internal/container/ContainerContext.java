package dev.phoenix.core.engine.internal.container;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.engine.internal.connect.ApiVersion;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the mapping of one container needs besides the service itself: the container's name
 * and the labels the deployer computed, and how to find the containers of other services for
 * {@code network_mode}, {@code ipc}, {@code pid: service:x} and {@code volumes_from}. Networks and
 * volumes are named by {@link dev.phoenix.core.engine.internal.ComposeNames}, as the planner names
 * them.
 *
 * @param service the service the container belongs to
 * @param project the whole project, for its name and its top-level secrets, configs, volumes and
 *     networks
 * @param number the container number ({@code 1}, {@code 2}, …)
 * @param containerName the container's engine name ({@code shop-web-1} or {@code container_name})
 * @param image the image reference the container runs
 * @param labels the labels the deployer computed; they win over the service's own {@code labels}
 * @param serviceContainer the ID of a service's first container, by service key; null when it has none
 * @param apiVersion the Engine API version in use ({@code 1.41})
 */
public record ContainerContext(
    ServiceSpec service,
    ComposeProject project,
    int number,
    String containerName,
    String image,
    Map<String, String> labels,
    Function<String, String> serviceContainer,
    String apiVersion) {

  /** Checks the required parts and copies the labels. */
  public ContainerContext {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(containerName, "container name");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(serviceContainer, "service container lookup");
    Objects.requireNonNull(apiVersion, "API version");
    if (number < 1) {
      throw new IllegalArgumentException("container number must be 1 or more: " + number);
    }
    labels = Map.copyOf(labels);
  }

  /** The project (stack) name. */
  public String projectName() {
    return project.name();
  }

  /** Whether the API version in use is {@code version} or later. */
  boolean apiAtLeast(String version) {
    return ApiVersion.atLeast(apiVersion, version);
  }
}
