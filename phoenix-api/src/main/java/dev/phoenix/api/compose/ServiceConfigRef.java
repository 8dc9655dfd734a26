package dev.phoenix.api.compose;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a service's {@code configs}: which top-level config the container sees, and where.
 *
 * @param source the key of the config under the top-level {@code configs}
 * @param target where the file appears, or null for {@code /<source>}
 * @param uid the owner's user id, or null
 * @param gid the owner's group id, or null
 * @param mode the file mode ({@code 0440} is {@code 288}), or null for the default
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceConfigRef(
    String source,
    String target,
    String uid,
    String gid,
    Integer mode,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the source and mode, and copies the maps. */
  public ServiceConfigRef {
    Objects.requireNonNull(source, "config source");
    Copies.requireNonNegative(mode, "config mode");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** The short syntax {@code - name}. */
  public static ServiceConfigRef of(String source) {
    return new ServiceConfigRef(source, null, null, null, null, Map.of(), Map.of());
  }
}
