package dev.phoenix.api.deploy;

import java.time.Duration;

/**
 * How a stack is taken down.
 *
 * @param removeVolumes whether the stack's named volumes and its containers' anonymous volumes
 *     are removed too ({@code down -v}); external volumes never are
 * @param stopTimeout how long each container gets to stop before it is killed, or null for its own
 *     {@code stop_grace_period} (10 seconds by default)
 */
public record RemoveOptions(boolean removeVolumes, Duration stopTimeout) {

  /** Checks the values. */
  public RemoveOptions {
    if (stopTimeout != null && stopTimeout.isNegative()) {
      throw new IllegalArgumentException("the stop timeout must not be negative: " + stopTimeout);
    }
  }

  /** Keep volumes, each container's own stop timeout. */
  public static RemoveOptions defaults() {
    return new RemoveOptions(false, null);
  }

  /** These options with volumes removed or kept. */
  public RemoveOptions withRemoveVolumes(boolean remove) {
    return new RemoveOptions(remove, stopTimeout);
  }
}
