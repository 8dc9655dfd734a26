package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A secret under the top-level {@code secrets}: where its content comes from. Compose mounts a file secret read-only at {@code /run/secrets/<target>}.
 *
 * @param name the secret's name, or null for {@code <project>_<key>}
 * @param file the file holding the content, absolute once the project is loaded, or null
 * @param environment the environment variable holding the content, or null
 * @param content the secret's value when the loader read it (from {@code environment}); never written
 *     out by the serializer and never shown by {@link #toString()}, or null
 * @param external whether the secret exists already (swarm)
 * @param labels labels of the secret
 * @param driver the secret driver (swarm), or null
 * @param driverOpts driver-specific options
 * @param templateDriver the template driver (swarm), or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record SecretSpec(
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
  public SecretSpec {
    labels = Copies.map(labels, "secret labels");
    driverOpts = Copies.map(driverOpts, "secret driver_opts");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A secret read from {@code file}. */
  public static SecretSpec ofFile(String file) {
    return new SecretSpec(null, file, null, null, false, Map.of(), null, Map.of(), null, Map.of(), Map.of());
  }

  /** A secret taken from the environment variable {@code variable}. */
  public static SecretSpec ofEnvironment(String variable) {
    return new SecretSpec(null, null, variable, null, false, Map.of(), null, Map.of(), null, Map.of(), Map.of());
  }

  /** Like the generated form, but with {@code content} redacted. */
  @Override
  public String toString() {
    return "SecretSpec[name=" + name + ", file=" + file + ", environment=" + environment + ", content="
        + (content == null ? "null" : "<redacted>") + ", external=" + external + ", labels=" + labels
        + ", driver=" + driver + ", driverOpts=" + driverOpts + ", templateDriver=" + templateDriver
        + ", extensions=" + extensions + ", unknown=" + unknown + "]";
  }
}
