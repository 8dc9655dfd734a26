package dev.phoenix.portainer;

import java.util.List;
import java.util.Optional;

/**
 * Portainer refused to create a stack because the name is taken (HTTP 409). Either a Portainer stack
 * of that name exists ({@link #existingStackId()}), or the name is taken by something Portainer does
 * not list as a stack: a compose project started outside Portainer, stray containers labelled
 * {@code com.docker.compose.project=<name>}, swarm services of that namespace, or a stack the caller
 * may not see. Phoenix never turns this into an update of something it did not create.
 */
public class StackConflictException extends PortainerApiException {
  private static final long serialVersionUID = 1L;

  private final String stackName;
  private final int endpointId;
  private final Integer existingStackId;
  private final List<String> containers;

  /**
   * @param cause the 409 as received
   * @param stackName the normalized name
   * @param endpointId the environment
   * @param existingStackId the ID of the Portainer stack of that name the caller can see, or null
   * @param containers the names of containers on that environment that carry the name's project
   *     label, as far as they could be read
   */
  public StackConflictException(PortainerApiException cause, String stackName, int endpointId,
      Integer existingStackId, List<String> containers) {
    super(cause.status(), cause.route(), cause.serverMessage(), cause.details(), cause.bodyExcerpt(),
        hint(stackName, endpointId, existingStackId, containers));
    initCause(cause);
    this.stackName = stackName;
    this.endpointId = endpointId;
    this.existingStackId = existingStackId;
    this.containers = List.copyOf(containers);
  }

  /** The ID of the Portainer stack of that name, when the caller can see one. */
  public Optional<Integer> existingStackId() {
    return Optional.ofNullable(existingStackId);
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

  private static String hint(String name, int endpointId, Integer existingStackId, List<String> containers) {
    if (existingStackId != null) {
      return "Portainer already has a stack '" + name + "' (ID " + existingStackId + ") on environment " + endpointId
          + ": update it instead of creating it";
    }
    String found = containers.isEmpty() ? "" : " Containers with that label: " + String.join(", ", containers) + ".";
    return "No Portainer stack named '" + name + "' is visible on environment " + endpointId
        + ", so the name is taken by a compose project or swarm stack deployed outside Portainer, by leftover"
        + " containers labelled com.docker.compose.project=" + name + ", or by a stack this user may not see." + found
        + " Remove them (docker compose -p " + name + " down) or choose another name; Portainer CE cannot adopt them";
  }
}
