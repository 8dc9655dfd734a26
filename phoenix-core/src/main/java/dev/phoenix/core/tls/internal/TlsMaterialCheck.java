package dev.phoenix.core.tls.internal;

import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.api.endpoint.TlsMaterial;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;

/**
 * TLS material read and checked as a whole before anything connects: every file readable and of the
 * right kind, the key matching its certificate, no certificate expired or not yet valid.
 */
public final class TlsMaterialCheck {

  /**
   * The material, read.
   *
   * @param caCertificates the certificates to trust; empty when verification is skipped without a CA
   * @param clientChain the client certificate and its chain, or empty
   * @param clientKey the client's key, or null
   */
  public record Loaded(List<X509Certificate> caCertificates, List<X509Certificate> clientChain,
      PrivateKey clientKey) {

    /** Whether a client certificate is presented. */
    public boolean hasClientCertificate() {
      return clientKey != null;
    }

    @Override
    public String toString() {
      return "Loaded[ca=" + caCertificates.size() + ", chain=" + clientChain.size() + "]";
    }
  }

  private TlsMaterialCheck() {
  }

  /**
   * Reads and checks the material.
   *
   * @param given the files, or null for none
   * @param skipVerify whether the server is not verified, so that a CA is optional
   */
  public static Loaded load(TlsMaterial given, boolean skipVerify) {
    TlsMaterial material = given == null ? new TlsMaterial(null, null, null, null) : given;
    List<X509Certificate> ca = List.of();
    if (material.caCertificate() != null) {
      ca = PemFiles.certificates(material.caCertificate(), "CA certificate");
      for (X509Certificate certificate : ca) {
        requireCurrent(material.caCertificate(), certificate, "CA certificate");
      }
    } else if (!skipVerify) {
      throw new TlsConfigurationException(String.valueOf(material),
          "no CA certificate is given, so the engine's certificate cannot be verified",
          "give the CA that signed the engine's certificate (ca.pem in DOCKER_CERT_PATH, --tlscacert, or the "
              + "context's TLS files); skip verification only if you accept an unauthenticated engine", null);
    }
    if (material.clientCertificate() == null) {
      return new Loaded(ca, List.of(), null);
    }
    List<X509Certificate> chain = PemFiles.certificates(material.clientCertificate(), "client certificate");
    requireCurrent(material.clientCertificate(), chain.get(0), "client certificate");
    PrivateKey key = PemFiles.privateKey(material.clientKey(), material.keyPassword());
    if (!Keys.match(key, chain.get(0).getPublicKey())) {
      throw PemFiles.problem(material.clientKey(),
          "this private key does not match the client certificate " + material.clientCertificate() + " ("
              + chain.get(0).getSubjectX500Principal().getName() + ")",
          "give the key that was made with this certificate: 'openssl x509 -noout -pubkey -in CERT' and "
              + "'openssl pkey -pubout -in KEY' must print the same", null);
    }
    return new Loaded(ca, chain, key);
  }

  private static void requireCurrent(Path file, X509Certificate certificate, String role) {
    String subject = certificate.getSubjectX500Principal().getName();
    try {
      certificate.checkValidity(new Date());
    } catch (CertificateExpiredException e) {
      throw PemFiles.problem(file, "the " + role + " (" + subject + ") expired on "
          + certificate.getNotAfter().toInstant(), "renew it (phoenix tls renew, or issue a new one from the CA)", e);
    } catch (CertificateNotYetValidException e) {
      throw PemFiles.problem(file, "the " + role + " (" + subject + ") is not valid before "
          + certificate.getNotBefore().toInstant(), "check this machine's clock, or wait until then", e);
    }
  }
}
