package dev.phoenix.api.compose;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a service's (or a build's) {@code secrets}: which top-level secret the container
 * sees, and where.
 *
 * @param source the key of the secret under the top-level {@code secrets}
 * @param target where the file appears: an absolute path, or a name under {@code /run/secrets/}
 * @param uid the owner's user id, or null
 * @param gid the owner's group id, or null
 * @param mode the file mode ({@code 0440} is {@code 288}), or null for the default
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceSecretRef(
    String source,
    String target,
    String uid,
    String gid,
    Integer mode,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the source and mode, and copies the maps. */
  public ServiceSecretRef {
    Objects.requireNonNull(source, "secret source");
    Copies.requireNonNegative(mode, "secret mode");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** The short syntax {@code - name}: the secret at {@code /run/secrets/<name>}. */
  public static ServiceSecretRef of(String source) {
    return new ServiceSecretRef(source, "/run/secrets/" + source, null, null, null, Map.of(), Map.of());
  }
}
