package dev.phoenix.portainer;

import java.util.Objects;

/**
 * The result of {@link PortainerStacks#createOrUpdate}.
 *
 * @param outcome created, updated or unchanged
 * @param stack the stack as Portainer returned it after the call (as found, when unchanged)
 */
public record StackSyncResult(SyncOutcome outcome, PortainerStack stack) {

  /** Checks the parts. */
  public StackSyncResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(stack, "stack");
  }

  /** Whether anything was sent to Portainer. */
  public boolean changed() {
    return outcome != SyncOutcome.UNCHANGED;
  }
}
