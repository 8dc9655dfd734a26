package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A service's {@code deploy.resources}: the most it may use and what it needs reserved.
 *
 * @param limits upper bounds, or null
 * @param reservations guaranteed amounts and device requests, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record Resources(
    ResourceAllocation limits,
    ResourceAllocation reservations,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public Resources {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
