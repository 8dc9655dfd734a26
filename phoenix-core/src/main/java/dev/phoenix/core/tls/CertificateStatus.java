package dev.phoenix.core.tls;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One certificate found by {@link CertificateAuthority#check}: who it is for and how long it lasts.
 *
 * @param file the PEM file it is in
 * @param subject its subject, such as {@code CN=docker.example.com}
 * @param issuer its issuer
 * @param dnsNames the DNS names among its subject alternative names
 * @param ipAddresses the IP addresses among its subject alternative names
 * @param notAfter when it expires
 * @param daysLeft whole days until it expires, negative once expired
 */
public record CertificateStatus(Path file, String subject, String issuer, List<String> dnsNames,
    List<String> ipAddresses, Instant notAfter, long daysLeft) {

  /** Checks the parts and copies the lists. */
  public CertificateStatus {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(notAfter, "notAfter");
    dnsNames = List.copyOf(dnsNames);
    ipAddresses = List.copyOf(ipAddresses);
  }

  /** Whether it had expired at the time of the check. */
  public boolean expired() {
    return daysLeft < 0;
  }
}
