package dev.phoenix.api.compose;

import java.time.Duration;
import java.util.Map;

/**
 * How a service's containers are replaced ({@code deploy.update_config}) or rolled back
 * ({@code deploy.rollback_config}).
 *
 * @param parallelism how many containers are replaced at a time (0 = all at once), or null
 * @param delay the wait between two batches, or null
 * @param failureAction {@code continue}, {@code pause} or {@code rollback} (update only), or null
 * @param monitor how long each new container is watched for failure, or null
 * @param maxFailureRatio the fraction of failed containers tolerated, or null
 * @param order {@code stop-first} or {@code start-first}, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record UpdateConfig(
    Integer parallelism,
    Duration delay,
    String failureAction,
    Duration monitor,
    Double maxFailureRatio,
    String order,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the numbers and copies the maps. */
  public UpdateConfig {
    Copies.requireNonNegative(parallelism, "parallelism");
    Copies.requireNonNegative(delay, "delay");
    Copies.requireNonNegative(monitor, "monitor");
    Copies.requireNonNegative(maxFailureRatio, "max_failure_ratio");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
