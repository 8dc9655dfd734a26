package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * Where a swarm may run a service's tasks ({@code deploy.placement}).
 *
 * @param constraints node constraints such as {@code node.role==manager}
 * @param preferences spread preferences
 * @param maxReplicasPerNode the most tasks of the service on one node, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record Placement(
    List<String> constraints,
    List<PlacementPreference> preferences,
    Integer maxReplicasPerNode,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the numbers and copies the collections. */
  public Placement {
    constraints = Copies.list(constraints, "placement.constraints");
    preferences = Copies.list(preferences, "placement.preferences");
    Copies.requireNonNegative(maxReplicasPerNode, "max_replicas_per_node");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
