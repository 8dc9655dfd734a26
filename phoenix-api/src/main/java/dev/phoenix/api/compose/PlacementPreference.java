package dev.phoenix.api.compose;

import java.util.Map;

/**
 * One entry of {@code deploy.placement.preferences}.
 *
 * @param spread the node label to spread tasks over evenly ({@code node.labels.az})
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record PlacementPreference(String spread, Map<String, Object> extensions, Map<String, Object> unknown) {

  /** Copies the maps. */
  public PlacementPreference {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
