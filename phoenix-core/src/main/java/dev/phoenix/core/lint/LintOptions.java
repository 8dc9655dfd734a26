package dev.phoenix.core.lint;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options of a lint run.
 *
 * @param environment variables taken as set besides each stack's {@code .env} (they win over it,
 *     as the process environment does for Compose); empty for an offline lint
 * @param stagedForRemoteDaemon applied to every stack {@link Linter#lintDirectory} discovers
 * @param swarmTarget applied to every stack {@link Linter#lintDirectory} discovers
 * @param profiles the profiles enabled in every stack, as {@code docker compose --profile} enables
 *     them ({@code *} enables all); when empty, each stack's {@code COMPOSE_PROFILES} (from the
 *     environment or its {@code .env}) says, and without it only services without profiles are
 *     enabled. Host ports and Traefik routers count only for enabled services.
 */
public record LintOptions(Map<String, String> environment, boolean stagedForRemoteDaemon, boolean swarmTarget,
    Set<String> profiles) {

  public LintOptions {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    profiles = Set.copyOf(Objects.requireNonNull(profiles, "profiles"));
    for (String profile : profiles) {
      if (profile.isBlank()) {
        throw new IllegalArgumentException("a profile name must not be blank");
      }
    }
  }

  /** No environment, local daemon, not a Swarm, no profile enabled but by {@code COMPOSE_PROFILES}. */
  public static LintOptions defaults() {
    return new LintOptions(Map.of(), false, false, Set.of());
  }

  /** These options with another environment. */
  public LintOptions withEnvironment(Map<String, String> environment) {
    return new LintOptions(environment, stagedForRemoteDaemon, swarmTarget, profiles);
  }

  /** These options with stacks staged for a remote daemon, or not. */
  public LintOptions withStagedForRemoteDaemon(boolean staged) {
    return new LintOptions(environment, staged, swarmTarget, profiles);
  }

  /** These options with a Swarm target, or not. */
  public LintOptions withSwarmTarget(boolean swarm) {
    return new LintOptions(environment, stagedForRemoteDaemon, swarm, profiles);
  }

  /**
   * These options with these profiles enabled instead ({@code --profile NAME}, repeatable); an
   * empty set leaves it to each stack's {@code COMPOSE_PROFILES}.
   */
  public LintOptions withProfiles(Set<String> profiles) {
    return new LintOptions(environment, stagedForRemoteDaemon, swarmTarget, profiles);
  }
}
