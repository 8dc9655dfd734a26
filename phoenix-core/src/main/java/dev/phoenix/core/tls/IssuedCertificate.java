package dev.phoenix.core.tls;

import dev.phoenix.api.endpoint.TlsMaterial;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A certificate a {@link CertificateAuthority} issued, and where its files are.
 *
 * @param certificateFile the certificate ({@code server-cert.pem} or {@code cert.pem})
 * @param keyFile its private key, owner-only ({@code server-key.pem} or {@code key.pem})
 * @param caFile the CA certificate beside them ({@code ca.pem})
 * @param certificate the certificate itself
 */
public record IssuedCertificate(Path certificateFile, Path keyFile, Path caFile, X509Certificate certificate) {

  /** Checks the parts. */
  public IssuedCertificate {
    Objects.requireNonNull(certificateFile, "certificateFile");
    Objects.requireNonNull(keyFile, "keyFile");
    Objects.requireNonNull(caFile, "caFile");
    Objects.requireNonNull(certificate, "certificate");
  }

  /** These files as TLS material: the CA to trust, this certificate and key to present. */
  public TlsMaterial tlsMaterial() {
    return new TlsMaterial(caFile, certificateFile, keyFile, null);
  }

  @Override
  public String toString() {
    return "IssuedCertificate[" + certificate.getSubjectX500Principal().getName() + ", " + certificateFile + "]";
  }
}
