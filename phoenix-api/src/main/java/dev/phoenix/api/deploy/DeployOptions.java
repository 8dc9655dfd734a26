package dev.phoenix.api.deploy;

import java.time.Duration;
import java.util.Objects;

/**
 * How one deployment runs.
 *
 * @param pullPolicy overrides every service's {@code pull_policy}, or null to follow the file
 * @param removeOrphans whether containers of services no longer defined are removed
 *     ({@code --remove-orphans})
 * @param waitTimeout how long to wait for every service to be healthy or running ({@code --wait});
 *     null to return once the containers have started
 * @param parallelism how many services are worked on at once, at least 1
 * @param forceRecreate whether every container is recreated even when unchanged
 */
public record DeployOptions(
    PullPolicy pullPolicy, boolean removeOrphans, Duration waitTimeout, int parallelism, boolean forceRecreate) {

  /** The default number of services worked on at once. */
  public static final int DEFAULT_PARALLELISM = 8;

  /** Checks the values. */
  public DeployOptions {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    if (waitTimeout != null && (waitTimeout.isNegative() || waitTimeout.isZero())) {
      throw new IllegalArgumentException("the wait timeout must be positive: " + waitTimeout);
    }
  }

  /** Follow the file, keep orphans, do not wait, {@value #DEFAULT_PARALLELISM} at once. */
  public static DeployOptions defaults() {
    return new DeployOptions(null, false, null, DEFAULT_PARALLELISM, false);
  }

  /** These options with every service's pull policy overridden. */
  public DeployOptions withPullPolicy(PullPolicy policy) {
    return new DeployOptions(policy, removeOrphans, waitTimeout, parallelism, forceRecreate);
  }

  /** These options with orphans removed or kept. */
  public DeployOptions withRemoveOrphans(boolean remove) {
    return new DeployOptions(pullPolicy, remove, waitTimeout, parallelism, forceRecreate);
  }

  /** These options, waiting up to {@code timeout} for the stack to be healthy. */
  public DeployOptions withWait(Duration timeout) {
    return new DeployOptions(pullPolicy, removeOrphans, Objects.requireNonNull(timeout, "timeout"),
        parallelism, forceRecreate);
  }

  /** These options with another number of services worked on at once. */
  public DeployOptions withParallelism(int services) {
    return new DeployOptions(pullPolicy, removeOrphans, waitTimeout, services, forceRecreate);
  }

  /** These options with every container recreated or not. */
  public DeployOptions withForceRecreate(boolean force) {
    return new DeployOptions(pullPolicy, removeOrphans, waitTimeout, parallelism, force);
  }
}
