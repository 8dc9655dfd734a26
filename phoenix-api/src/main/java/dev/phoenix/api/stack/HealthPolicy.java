package dev.phoenix.api.stack;

import java.time.Duration;

/**
 * How a deployment of the stack is judged. In a manifest:
 * {@code "health": { "timeout": "2m", "rollbackOnFailure": true }}.
 *
 * @param timeout how long to wait for every service to be healthy (or running) after an apply,
 *     or null not to wait
 * @param rollbackOnFailure whether a deployment that is not healthy in time is rolled back to
 *     the last version that was
 */
public record HealthPolicy(Duration timeout, boolean rollbackOnFailure) {

  /** Checks the wait time, and that a rollback has a time to wait for. */
  public HealthPolicy {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw ManifestValues.invalid("timeout", "must be longer than 0");
    }
    if (rollbackOnFailure && timeout == null) {
      throw ManifestValues.invalid("rollbackOnFailure", "a rollback on failure needs a timeout to wait for health");
    }
  }
}
