package dev.phoenix.api.compose;

import java.util.Map;

/**
 * Options of an {@code image} mount ({@code volumes[].image}).
 *
 * @param subpath a path inside the image to mount instead of its root, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ImageMountOptions(String subpath, Map<String, Object> extensions, Map<String, Object> unknown) {

  /** Copies the maps. */
  public ImageMountOptions {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
