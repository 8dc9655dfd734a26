package dev.phoenix.api.compose;

import java.util.Map;

/**
 * Options of a {@code bind} mount ({@code volumes[].bind}).
 *
 * @param selinux {@code z} (shared) or {@code Z} (private) relabeling, or null
 * @param propagation {@code rprivate}, {@code private}, {@code rshared}, {@code shared},
 *     {@code rslave} or {@code slave}, or null
 * @param createHostPath whether a missing host path is created (Compose's default: true)
 * @param recursive {@code enabled}, {@code disabled}, {@code writable} or {@code readonly}, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record BindOptions(
    String selinux,
    String propagation,
    boolean createHostPath,
    String recursive,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public BindOptions {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** Compose's defaults: no relabeling, default propagation, create the host path. */
  public static BindOptions defaults() {
    return new BindOptions(null, null, true, null, Map.of(), Map.of());
  }
}
