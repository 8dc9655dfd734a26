package dev.phoenix.api.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stack on a target, like a line of {@code docker compose ls}.
 *
 * @param stack the stack's name
 * @param states how many of its containers are in each engine state ({@code running} → 3)
 * @param configFiles the Compose files it was deployed from, as recorded in its labels
 * @param deployedByPhoenix whether Phoenix deployed it (rather than {@code docker compose})
 */
public record StackSummary(String stack, Map<String, Integer> states, List<String> configFiles, boolean deployedByPhoenix) {

  /** Checks the name and copies the collections. */
  public StackSummary {
    Objects.requireNonNull(stack, "stack");
    states = Map.copyOf(states);
    configFiles = List.copyOf(configFiles);
  }
}
