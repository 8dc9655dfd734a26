package dev.phoenix.api.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What taking a stack down removed, and what it left in place.
 *
 * @param stack the stack's name
 * @param containers the containers removed
 * @param networks the networks removed
 * @param volumes the volumes removed
 * @param warnings what was left and why (a network still in use, volumes kept without
 *     {@code removeVolumes})
 */
public record RemovalResult(
    String stack, List<String> containers, List<String> networks, List<String> volumes, List<String> warnings) {

  /** Checks the name and copies the lists. */
  public RemovalResult {
    Objects.requireNonNull(stack, "stack");
    containers = List.copyOf(containers);
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
    warnings = List.copyOf(warnings);
  }
}
