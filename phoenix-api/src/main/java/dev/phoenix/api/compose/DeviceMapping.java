package dev.phoenix.api.compose;

import java.util.Map;

/**
 * One entry of a service's {@code devices}: a host device made available in the container.
 *
 * @param source the device path on the host
 * @param target the device path in the container
 * @param permissions cgroup permissions, a combination of {@code r}, {@code w} and {@code m}
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record DeviceMapping(
    String source,
    String target,
    String permissions,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public DeviceMapping {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A device mapped to the same path with {@code rwm} permissions. */
  public static DeviceMapping of(String source, String target) {
    return new DeviceMapping(source, target, "rwm", Map.of(), Map.of());
  }
}
