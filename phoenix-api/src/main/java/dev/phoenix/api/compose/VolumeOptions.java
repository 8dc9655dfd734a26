package dev.phoenix.api.compose;

import java.util.Map;

/**
 * Options of a {@code volume} mount ({@code volumes[].volume}).
 *
 * @param labels labels set on a volume created for this mount
 * @param nocopy whether copying the image's data into a new volume is disabled
 * @param subpath a path inside the volume to mount instead of its root, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record VolumeOptions(
    Map<String, String> labels,
    boolean nocopy,
    String subpath,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public VolumeOptions {
    labels = Copies.map(labels, "volume.labels");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** No options. */
  public static VolumeOptions defaults() {
    return new VolumeOptions(Map.of(), false, null, Map.of(), Map.of());
  }
}
