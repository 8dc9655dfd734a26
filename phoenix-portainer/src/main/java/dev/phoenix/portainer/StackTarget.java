package dev.phoenix.portainer;

import java.util.Objects;

/**
 * Where a stack is deployed: a Portainer environment ({@code endpointId}) and, for a swarm stack, the
 * Swarm's ID ({@link PortainerEnvironments#swarmId}). It decides the create route
 * ({@code standalone} or {@code swarm}) and how stacks are listed: Portainer's {@code EndpointID}
 * filter finds only compose stacks, its {@code SwarmID} filter only swarm stacks.
 *
 * @param endpointId the environment's ID
 * @param swarmId the Swarm's ID for swarm stacks, null for compose stacks
 */
public record StackTarget(int endpointId, String swarmId) {

  /** Checks the ID and that a Swarm ID, when given, is not blank. */
  public StackTarget {
    if (endpointId <= 0) {
      throw new IllegalArgumentException("an environment ID is positive: " + endpointId);
    }
    if (swarmId != null && swarmId.isBlank()) {
      throw new IllegalArgumentException("a Swarm ID cannot be blank");
    }
  }

  /** Compose stacks on environment {@code endpointId}. */
  public static StackTarget compose(int endpointId) {
    return new StackTarget(endpointId, null);
  }

  /** Swarm stacks on environment {@code endpointId}, a manager of Swarm {@code swarmId}. */
  public static StackTarget swarm(int endpointId, String swarmId) {
    return new StackTarget(endpointId, Objects.requireNonNull(swarmId, "swarmId"));
  }

  /** Whether this is a Swarm. */
  public boolean isSwarm() {
    return swarmId != null;
  }

  /** The type of stack deployed here. */
  public StackType stackType() {
    return isSwarm() ? StackType.SWARM : StackType.COMPOSE;
  }
}
