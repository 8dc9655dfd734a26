package dev.phoenix.portainer;

import java.util.Objects;

/**
 * A container of a stack as the Docker engine behind Portainer reports it (through Portainer's
 * Docker proxy): the truth about a stack that Portainer's own {@code Status} does not give.
 *
 * @param id the container ID
 * @param name the container name, without the leading {@code /}
 * @param stack the compose project ({@code com.docker.compose.project}) or swarm stack
 *     ({@code com.docker.stack.namespace}) it belongs to, or {@code ""}
 * @param service the compose service ({@code com.docker.compose.service}) or swarm service
 *     ({@code com.docker.swarm.service.name}), or {@code ""}
 * @param state {@code running}, {@code exited}, {@code restarting}, {@code created}, ...
 * @param status Docker's text, e.g. {@code Up 3 minutes (healthy)}
 * @param health {@code healthy}, {@code unhealthy} or {@code starting}, or null without a healthcheck
 */
public record StackContainer(String id, String name, String stack, String service, String state, String status, String health) {

  /** Puts empty strings for missing parts. */
  public StackContainer {
    id = Objects.requireNonNullElse(id, "");
    name = Objects.requireNonNullElse(name, "");
    stack = Objects.requireNonNullElse(stack, "");
    service = Objects.requireNonNullElse(service, "");
    state = Objects.requireNonNullElse(state, "");
    status = Objects.requireNonNullElse(status, "");
  }

  /** Whether it runs and is not unhealthy (and, with a healthcheck, is healthy). */
  public boolean isUp() {
    return "running".equals(state) && (health == null || "healthy".equals(health));
  }
}
