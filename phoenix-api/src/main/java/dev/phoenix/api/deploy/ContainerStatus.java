package dev.phoenix.api.deploy;

import java.util.List;
import java.util.Objects;

/**
 * One container of a stack as the engine reports it, read from its labels, like a line of
 * {@code docker compose ps}.
 *
 * @param name the container name ({@code shop-web-1})
 * @param id the container ID
 * @param service the Compose service
 * @param number the container number within its service (1, 2, …), or 0 for a one-off container
 * @param image the image reference the container was created from
 * @param state the engine's state: {@code created}, {@code running}, {@code restarting},
 *     {@code exited}, {@code paused}, {@code dead}
 * @param health {@code healthy}, {@code unhealthy} or {@code starting}, or null without a health check
 * @param exitCode the exit code of an exited container, or null
 * @param status the engine's status text ({@code Up 5 minutes (healthy)})
 * @param ports the published ports ({@code 127.0.0.1:8080->80/tcp})
 */
public record ContainerStatus(
    String name,
    String id,
    String service,
    int number,
    String image,
    String state,
    String health,
    Integer exitCode,
    String status,
    List<String> ports) {

  /** Checks the required parts and copies the list. */
  public ContainerStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(state, "state");
    ports = ports == null ? List.of() : List.copyOf(ports);
  }

  /** Whether the container runs and, if it has a health check, reports healthy. */
  public boolean isUp() {
    return "running".equals(state) && (health == null || "healthy".equals(health));
  }
}
