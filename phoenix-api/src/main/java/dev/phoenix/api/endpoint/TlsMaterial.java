package dev.phoenix.api.endpoint;

import java.nio.file.Path;

/**
 * The TLS files of a Docker endpoint, under any names: the certificate authority that signed the
 * engine's certificate, and the client certificate and key the engine checks. PEM, RSA or EC keys
 * in PKCS#1, PKCS#8 or SEC1 form, optionally encrypted.
 *
 * @param caCertificate the CA certificate (or chain) to trust, or null to trust nothing but what
 *     {@link DockerEndpoint#skipTlsVerify()} allows
 * @param clientCertificate the client certificate (or chain), or null for no client certificate
 * @param clientKey the client's private key, or null for no client certificate
 * @param keyPassword the password of an encrypted key, or null; never printed
 */
public record TlsMaterial(Path caCertificate, Path clientCertificate, Path clientKey, String keyPassword) {

  /** Checks that a client certificate comes with its key. */
  public TlsMaterial {
    if ((clientCertificate == null) != (clientKey == null)) {
      throw new IllegalArgumentException("a client certificate needs its key, and a key its certificate");
    }
  }

  /** The usual Docker layout: {@code ca.pem}, {@code cert.pem} and {@code key.pem} in {@code directory}. */
  public static TlsMaterial inDirectory(Path directory) {
    return new TlsMaterial(directory.resolve("ca.pem"), directory.resolve("cert.pem"), directory.resolve("key.pem"),
        null);
  }

  /** This material with the password of an encrypted key. */
  public TlsMaterial withKeyPassword(String password) {
    return new TlsMaterial(caCertificate, clientCertificate, clientKey, password);
  }

  @Override
  public String toString() {
    return "TlsMaterial[ca=" + caCertificate + ", cert=" + clientCertificate + ", key=" + clientKey
        + (keyPassword == null ? "" : ", key password set") + "]";
  }
}
