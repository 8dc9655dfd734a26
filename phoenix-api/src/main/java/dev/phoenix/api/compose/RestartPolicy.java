package dev.phoenix.api.compose;

import java.time.Duration;
import java.util.Map;

/**
 * A service's {@code deploy.restart_policy}; on a plain engine it takes precedence over
 * {@link ServiceSpec#restart()}.
 *
 * @param condition {@code none}, {@code on-failure} or {@code any}, or null
 * @param delay the wait between restart attempts, or null
 * @param maxAttempts how many restarts are tried before giving up, or null for no limit
 * @param window how long to wait to decide whether a restart succeeded, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record RestartPolicy(
    String condition,
    Duration delay,
    Integer maxAttempts,
    Duration window,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the numbers and copies the maps. */
  public RestartPolicy {
    Copies.requireNonNegative(delay, "restart_policy.delay");
    Copies.requireNonNegative(maxAttempts, "restart_policy.max_attempts");
    Copies.requireNonNegative(window, "restart_policy.window");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
