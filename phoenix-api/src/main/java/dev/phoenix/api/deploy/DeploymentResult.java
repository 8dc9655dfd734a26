package dev.phoenix.api.deploy;

import java.time.Duration;
import java.util.Objects;

/**
 * A deployment that succeeded: the plan that was applied and what runs now.
 *
 * @param plan the plan that was applied (computed at the start of the deployment)
 * @param status the stack as the target holds it afterwards
 * @param elapsed how long the deployment took
 */
public record DeploymentResult(Plan plan, StackStatus status, Duration elapsed) {

  /** Checks the required parts. */
  public DeploymentResult {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Whether nothing was touched. */
  public boolean wasNoop() {
    return plan.isNoop();
  }
}
