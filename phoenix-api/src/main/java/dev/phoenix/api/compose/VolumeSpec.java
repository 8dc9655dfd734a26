package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A volume under the top-level {@code volumes}.
 *
 * @param name the engine's name for the volume, or null for {@code <project>_<key>}
 * @param driver the volume driver, or null for {@code local}
 * @param driverOpts driver-specific options
 * @param external whether the volume exists already and is neither created nor removed
 * @param labels labels of the volume
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record VolumeSpec(
    String name,
    String driver,
    Map<String, String> driverOpts,
    boolean external,
    Map<String, String> labels,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public VolumeSpec {
    driverOpts = Copies.map(driverOpts, "volume driver_opts");
    labels = Copies.map(labels, "volume labels");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A volume with all defaults ({@code some-volume: {}}). */
  public static VolumeSpec defaults() {
    return new VolumeSpec(null, null, Map.of(), false, Map.of(), Map.of(), Map.of());
  }

  /** A volume that exists already under {@code name}. */
  public static VolumeSpec external(String name) {
    return new VolumeSpec(name, null, Map.of(), true, Map.of(), Map.of(), Map.of());
  }
}
