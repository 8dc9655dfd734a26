package dev.phoenix.api.compose;

import java.util.Map;

/**
 * Options of a {@code tmpfs} mount ({@code volumes[].tmpfs}).
 *
 * @param size the size limit in bytes, or null for the engine's default
 * @param mode the file mode of the mount point ({@code 01777} is {@code 1023}), or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record TmpfsOptions(
    Long size,
    Integer mode,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the numbers and copies the maps. */
  public TmpfsOptions {
    Copies.requireNonNegative(size, "tmpfs.size");
    Copies.requireNonNegative(mode, "tmpfs.mode");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A tmpfs of the given size in bytes. */
  public static TmpfsOptions ofSize(long size) {
    return new TmpfsOptions(size, null, Map.of(), Map.of());
  }
}
