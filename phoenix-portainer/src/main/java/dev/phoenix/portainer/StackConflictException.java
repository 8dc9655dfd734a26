package dev.phoenix.portainer;

import java.util.List;

/**
 * Portainer refused to create a stack because the name is taken (HTTP 409). The name may be taken by
 * something Portainer does not list as a stack: a compose project started outside Portainer, stray
 * containers labelled {@code com.docker.compose.project=<name>}, or swarm services of that
 * namespace. Phoenix never turns this into an update of something it did not create.
 */
public class StackConflictException extends PortainerApiException {
  private static final long serialVersionUID = 1L;

  private final String stackName;
  private final int endpointId;
  private final List<String> containers;

  /**
   * @param cause the 409 as received
   * @param stackName the normalized name
   * @param endpointId the environment
   * @param containers the names of containers on that environment that carry the name's project
   *     label, as far as they could be read
   */
  public StackConflictException(PortainerApiException cause, String stackName, int endpointId,
      List<String> containers) {
    super(cause.status(), cause.route(), cause.serverMessage(), cause.details(), cause.bodyExcerpt(),
        hint(stackName, endpointId, containers));
    initCause(cause);
    this.stackName = stackName;
    this.endpointId = endpointId;
    this.containers = List.copyOf(containers);
  }

  /** The normalized stack name. */
  public String stackName() {
    return stackName;
  }

  /** The environment. */
  public int endpointId() {
    return endpointId;
  }

  /** The containers found carrying the project label (may be empty: stopped swarm services, or no access). */
  public List<String> containers() {
    return containers;
  }

  private static String hint(String name, int endpointId, List<String> containers) {
    String found = containers.isEmpty() ? "" : " Containers with that label: " + String.join(", ", containers) + ".";
    return "No Portainer stack named '" + name + "' is visible on environment " + endpointId
        + ", so the name is taken by a compose project or swarm stack deployed outside Portainer, or by leftover"
        + " containers labelled com.docker.compose.project=" + name + "." + found
        + " Remove them (docker compose -p " + name + " down) or choose another name; Portainer CE cannot adopt them";
  }
}
