package dev.phoenix.api.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What a target holds for one stack, found by labels alone, without the Compose file.
 *
 * @param stack the stack's name
 * @param containers the stack's containers, by service and number
 * @param networks the engine names of the stack's networks
 * @param volumes the engine names of the stack's volumes
 */
public record StackStatus(String stack, List<ContainerStatus> containers, List<String> networks, List<String> volumes) {

  /** Checks the name and copies the lists. */
  public StackStatus {
    Objects.requireNonNull(stack, "stack");
    containers = List.copyOf(containers);
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
  }

  /** Whether the target holds nothing of this stack. */
  public boolean isEmpty() {
    return containers.isEmpty() && networks.isEmpty() && volumes.isEmpty();
  }
}
