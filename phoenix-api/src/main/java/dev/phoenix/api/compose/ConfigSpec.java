package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A config under the top-level {@code configs}: where its content comes from. Compose mounts a file config read-only at its target.
 *
 * @param name the config's name, or null for {@code <project>_<key>}
 * @param file the file holding the content, absolute once the project is loaded, or null
 * @param environment the environment variable holding the content, or null
 * @param content the config's inline content, or null
 * @param external whether the config exists already (swarm)
 * @param labels labels of the config
 * @param driver the config driver (swarm), or null
 * @param driverOpts driver-specific options
 * @param templateDriver the template driver (swarm), or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ConfigSpec(
    String name,
    String file,
    String environment,
    String content,
    boolean external,
    Map<String, String> labels,
    String driver,
    Map<String, String> driverOpts,
    String templateDriver,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public ConfigSpec {
    labels = Copies.map(labels, "config labels");
    driverOpts = Copies.map(driverOpts, "config driver_opts");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A config read from {@code file}. */
  public static ConfigSpec ofFile(String file) {
    return new ConfigSpec(null, file, null, null, false, Map.of(), null, Map.of(), null, Map.of(), Map.of());
  }

  /** A config taken from the environment variable {@code variable}. */
  public static ConfigSpec ofEnvironment(String variable) {
    return new ConfigSpec(null, null, variable, null, false, Map.of(), null, Map.of(), null, Map.of(), Map.of());
  }
}
