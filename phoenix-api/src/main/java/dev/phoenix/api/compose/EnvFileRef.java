package dev.phoenix.api.compose;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a service's {@code env_file}. The loader has already merged the files' variables
 * into {@link ServiceSpec#environment()}; this records where they came from.
 *
 * @param path the file, absolute once the project is loaded
 * @param required whether a missing file is an error (Compose's default: true)
 * @param format the file format ({@code raw} disables interpolation), or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record EnvFileRef(
    String path,
    boolean required,
    String format,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the path and copies the maps. */
  public EnvFileRef {
    Objects.requireNonNull(path, "env_file path");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A required file in the default format. */
  public static EnvFileRef of(String path) {
    return new EnvFileRef(path, true, null, Map.of(), Map.of());
  }
}
