package dev.phoenix.core.lint;

import java.util.Map;
import java.util.Objects;

/**
 * Options of a lint run.
 *
 * @param environment variables taken as set besides each stack's {@code .env} (they win over it,
 *     as the process environment does for Compose); empty for an offline lint
 * @param stagedForRemoteDaemon applied to every stack {@link Linter#lintDirectory} discovers
 * @param swarmTarget applied to every stack {@link Linter#lintDirectory} discovers
 */
public record LintOptions(Map<String, String> environment, boolean stagedForRemoteDaemon, boolean swarmTarget) {

  public LintOptions {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  /** No environment, local daemon, not a Swarm. */
  public static LintOptions defaults() {
    return new LintOptions(Map.of(), false, false);
  }

  /** These options with another environment. */
  public LintOptions withEnvironment(Map<String, String> environment) {
    return new LintOptions(environment, stagedForRemoteDaemon, swarmTarget);
  }

  /** These options with stacks staged for a remote daemon, or not. */
  public LintOptions withStagedForRemoteDaemon(boolean staged) {
    return new LintOptions(environment, staged, swarmTarget);
  }

  /** These options with a Swarm target, or not. */
  public LintOptions withSwarmTarget(boolean swarm) {
    return new LintOptions(environment, stagedForRemoteDaemon, swarm);
  }
}
