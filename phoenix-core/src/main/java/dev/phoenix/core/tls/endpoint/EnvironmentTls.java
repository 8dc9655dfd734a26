package dev.phoenix.core.tls.endpoint;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * TLS for an address given as {@code --host} or {@code DOCKER_HOST}, from the environment as the
 * docker CLI 28 reads it: any non-empty {@code DOCKER_TLS_VERIFY} (even {@code 0}) means TLS with
 * verification, a non-empty {@code DOCKER_TLS} alone TLS without it; the files are {@code ca.pem},
 * {@code cert.pem} and {@code key.pem} in {@code DOCKER_CERT_PATH}, by default the configuration
 * directory. With TLS on, the CA certificate must exist; the client certificate and key may both be
 * absent (an engine started with {@code --tls} only), never one without the other.
 *
 * @param enabled whether TLS is on
 * @param verify whether the engine's certificate is checked
 * @param material the files, or null without TLS
 * @param directory where the files were looked for, or null without TLS
 * @param warnings what a person should know, such as a missing client certificate
 */
record EnvironmentTls(boolean enabled, boolean verify, TlsMaterial material, Path directory, List<String> warnings) {

  /** Reads TLS settings from {@code environment}; {@code source} names the address they go with. */
  static EnvironmentTls read(Map<String, String> environment, Path configDirectory, String source, List<String> tried) {
    boolean verify = !environment.getOrDefault("DOCKER_TLS_VERIFY", "").isEmpty();
    boolean enabled = verify || !environment.getOrDefault("DOCKER_TLS", "").isEmpty();
    if (!enabled) {
      return new EnvironmentTls(false, false, null, null, List.of());
    }
    String certPath = environment.getOrDefault("DOCKER_CERT_PATH", "");
    Path directory = certPath.isEmpty() ? configDirectory : Path.of(certPath);
    String why = (verify ? "DOCKER_TLS_VERIFY" : "DOCKER_TLS") + " is set for " + source + " and "
        + (certPath.isEmpty() ? "DOCKER_CERT_PATH is not set, so the certificates are read from " + directory
            : "DOCKER_CERT_PATH=" + certPath);
    Path ca = directory.resolve("ca.pem");
    Path cert = directory.resolve("cert.pem");
    Path key = directory.resolve("key.pem");
    if (!Files.isRegularFile(ca)) {
      throw new EndpointResolutionException("the CA certificate " + ca + " does not exist (" + why
          + "); Phoenix never falls back to plain HTTP. Put ca.pem, cert.pem and key.pem there, or set DOCKER_CERT_PATH "
          + "to their directory", tried);
    }
    boolean hasCert = Files.isRegularFile(cert);
    boolean hasKey = Files.isRegularFile(key);
    if (hasCert != hasKey) {
      throw new EndpointResolutionException("the client " + (hasCert ? "key " + key : "certificate " + cert)
          + " does not exist, but " + (hasCert ? cert : key) + " does (" + why + "); a client certificate needs its key",
          tried);
    }
    if (!hasCert) {
      return new EnvironmentTls(true, verify, new TlsMaterial(ca, null, null, null), directory, List.of(
          "no client certificate for " + source + ": " + cert + " and " + key + " do not exist, so Phoenix connects with "
              + "the CA certificate only; an engine started with --tlsverify will refuse the connection"));
    }
    return new EnvironmentTls(true, verify, new TlsMaterial(ca, cert, key, null), directory, List.of());
  }
}
