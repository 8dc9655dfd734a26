package dev.phoenix.core.tls;

import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.core.tls.internal.CertificateIssuer;
import dev.phoenix.core.tls.internal.CertificateIssuer.Kind;
import dev.phoenix.core.tls.internal.CertificateNames;
import dev.phoenix.core.tls.internal.DaemonJson;
import dev.phoenix.core.tls.internal.Keys;
import dev.phoenix.core.tls.internal.PemFiles;
import dev.phoenix.core.tls.internal.SecureFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A small certificate authority for Docker engines and their clients, kept in one directory in
 * Docker's own layout: {@code ca.pem} and {@code ca-key.pem}, a server's {@code server-cert.pem}
 * and {@code server-key.pem}, a client's {@code cert.pem} and {@code key.pem}. Keys are written
 * owner-only (0600) from the moment they exist, certificates 0644, every file atomically.
 *
 * <pre>{@code
 * CertificateAuthority ca = CertificateAuthority.create(dir, "Phoenix CA", Duration.ofDays(3650));
 * ca.issueServer(List.of("docker.example.com"), List.of("10.0.0.5"), Duration.ofDays(365));
 * ca.issueClient("deployer", Duration.ofDays(365));
 * ca.daemonJson(Path.of("/etc/docker/daemon.json"), List.of("tcp://0.0.0.0:2376", "unix:///var/run/docker.sock"));
 * }</pre>
 *
 * <p>Instances are immutable; {@link #withClock} and {@link #withKeyType} give changed copies. The
 * clock sets when issued certificates start: a clock in the past makes certificates that have
 * already expired, which is how a test proves that an engine refuses them.
 */
public final class CertificateAuthority {
  /** The CA certificate. */
  public static final String CA_CERTIFICATE = "ca.pem";
  /** The CA's private key. */
  public static final String CA_KEY = "ca-key.pem";
  /** The engine's certificate. */
  public static final String SERVER_CERTIFICATE = "server-cert.pem";
  /** The engine's private key. */
  public static final String SERVER_KEY = "server-key.pem";
  /** The client's certificate. */
  public static final String CLIENT_CERTIFICATE = "cert.pem";
  /** The client's private key. */
  public static final String CLIENT_KEY = "key.pem";

  // Certificates start slightly in the past so that an engine whose clock lags a little accepts a fresh one.
  private static final Duration BACKDATE = Duration.ofMinutes(5);

  private final Path directory;
  private final X509Certificate certificate;
  private final PrivateKey key;
  private final KeyType keyType;
  private final Clock clock;

  private CertificateAuthority(Path directory, X509Certificate certificate, PrivateKey key, KeyType keyType,
      Clock clock) {
    this.directory = directory;
    this.certificate = certificate;
    this.key = key;
    this.keyType = keyType;
    this.clock = clock;
  }

  /** A new EC P-256 CA in {@code directory}, valid from now for {@code validity}. */
  public static CertificateAuthority create(Path directory, String commonName, Duration validity) {
    return create(directory, commonName, validity, KeyType.EC_P256, Clock.systemUTC());
  }

  /**
   * A new CA in {@code directory}: writes {@code ca.pem} and {@code ca-key.pem}.
   *
   * @param keyType the CA's key, and the default for the certificates it issues
   * @param clock when the CA's validity starts
   * @throws TlsConfigurationException when the directory already holds a CA, which would orphan
   *     every certificate it issued
   */
  public static CertificateAuthority create(Path directory, String commonName, Duration validity, KeyType keyType,
      Clock clock) {
    Objects.requireNonNull(commonName, "commonName");
    requirePositive(validity);
    Path caFile = directory.resolve(CA_CERTIFICATE);
    if (Files.exists(caFile) || Files.exists(directory.resolve(CA_KEY))) {
      throw new TlsConfigurationException(caFile.toString(), "a certificate authority already exists here",
          "load it to issue or renew certificates, or choose another directory", null);
    }
    KeyPair pair = Keys.generate(keyType == KeyType.RSA_2048);
    Instant start = clock.instant().minus(BACKDATE);
    X509Certificate certificate = CertificateIssuer.issue(Kind.AUTHORITY, commonName, List.of(), List.of(),
        pair.getPublic(), null, pair.getPrivate(), start, start.plus(validity).plus(BACKDATE));
    SecureFiles.write(directory.resolve(CA_KEY), CertificateIssuer.pem(pair.getPrivate()), SecureFiles.PRIVATE);
    SecureFiles.write(caFile, CertificateIssuer.pem(certificate), SecureFiles.PUBLIC);
    return new CertificateAuthority(directory, certificate, pair.getPrivate(), keyType, clock);
  }

  /** The CA in {@code directory}, from its {@code ca.pem} and {@code ca-key.pem}. */
  public static CertificateAuthority load(Path directory) {
    return load(directory, Clock.systemUTC());
  }

  /**
   * The CA in {@code directory}, issuing with {@code clock}.
   *
   * @throws TlsConfigurationException when a file is missing or malformed or the key does not match
   */
  public static CertificateAuthority load(Path directory, Clock clock) {
    Path caFile = directory.resolve(CA_CERTIFICATE);
    Path keyFile = directory.resolve(CA_KEY);
    X509Certificate certificate = PemFiles.certificates(caFile, "CA certificate").get(0);
    PrivateKey key = PemFiles.privateKey(keyFile, null);
    if (!Keys.match(key, certificate.getPublicKey())) {
      throw new TlsConfigurationException(keyFile.toString(), "this key does not match the CA certificate " + caFile,
          "put the CA's own key beside ca.pem", null);
    }
    KeyType type = "RSA".equals(key.getAlgorithm()) ? KeyType.RSA_2048 : KeyType.EC_P256;
    return new CertificateAuthority(directory, certificate, key, type, clock);
  }

  /** This CA issuing with {@code clock}: certificates start at its current instant. */
  public CertificateAuthority withClock(Clock clock) {
    return new CertificateAuthority(directory, certificate, key, keyType, Objects.requireNonNull(clock, "clock"));
  }

  /** This CA issuing certificates with keys of {@code type}. */
  public CertificateAuthority withKeyType(KeyType type) {
    return new CertificateAuthority(directory, certificate, key, Objects.requireNonNull(type, "type"), clock);
  }

  /** The directory the CA lives in. */
  public Path directory() {
    return directory;
  }

  /** The CA certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The CA certificate file. */
  public Path certificateFile() {
    return directory.resolve(CA_CERTIFICATE);
  }

  /** A server certificate in the CA's directory; see {@link #issueServer(Path, List, List, Duration)}. */
  public IssuedCertificate issueServer(List<String> dnsNames, List<String> ipAddresses, Duration validity) {
    return issueServer(directory, dnsNames, ipAddresses, validity);
  }

  /**
   * A certificate for an engine: {@code server-cert.pem} and {@code server-key.pem} in
   * {@code target}, with {@code ca.pem} copied there when it is another directory.
   *
   * @param dnsNames the engine's DNS names; the first (else the first address) is the common name
   * @param ipAddresses the engine's IP addresses, such as {@code 127.0.0.1}
   */
  public IssuedCertificate issueServer(Path target, List<String> dnsNames, List<String> ipAddresses,
      Duration validity) {
    List<String> dns = List.copyOf(dnsNames);
    List<String> ips = List.copyOf(ipAddresses);
    if (dns.isEmpty() && ips.isEmpty()) {
      throw new IllegalArgumentException("a server certificate needs at least one DNS name or IP address");
    }
    String commonName = dns.isEmpty() ? ips.get(0) : dns.get(0);
    return issue(Kind.SERVER, target, commonName, dns, ips, validity, SERVER_CERTIFICATE, SERVER_KEY);
  }

  /** A client certificate in the CA's directory; see {@link #issueClient(Path, String, Duration)}. */
  public IssuedCertificate issueClient(String commonName, Duration validity) {
    return issueClient(directory, commonName, validity);
  }

  /**
   * A certificate for a client of the engine: {@code cert.pem} and {@code key.pem} in
   * {@code target}, with {@code ca.pem} beside them, so that {@code target} is a complete Docker
   * TLS directory ({@code DOCKER_CERT_PATH}).
   */
  public IssuedCertificate issueClient(Path target, String commonName, Duration validity) {
    Objects.requireNonNull(commonName, "commonName");
    return issue(Kind.CLIENT, target, commonName, List.of(), List.of(), validity, CLIENT_CERTIFICATE, CLIENT_KEY);
  }

  /** Renews the server certificate in the CA's directory; see {@link #renewServer(Path, Duration)}. */
  public IssuedCertificate renewServer(Duration validity) {
    return renewServer(directory, validity);
  }

  /**
   * Issues {@code target}'s server certificate again under this CA, with a new key, the same names
   * (read from the old certificate) and a new validity.
   */
  public IssuedCertificate renewServer(Path target, Duration validity) {
    X509Certificate old = PemFiles.certificates(target.resolve(SERVER_CERTIFICATE), "server certificate").get(0);
    return issueServer(target, CertificateNames.dnsNames(old), CertificateNames.ipAddresses(old), validity);
  }

  /** Renews the client certificate in the CA's directory; see {@link #renewClient(Path, Duration)}. */
  public IssuedCertificate renewClient(Duration validity) {
    return renewClient(directory, validity);
  }

  /**
   * Issues {@code target}'s client certificate again under this CA, with a new key, the same common
   * name and a new validity.
   */
  public IssuedCertificate renewClient(Path target, Duration validity) {
    X509Certificate old = PemFiles.certificates(target.resolve(CLIENT_CERTIFICATE), "client certificate").get(0);
    return issueClient(target, CertificateNames.commonName(old), validity);
  }

  /**
   * Writes a Docker {@code daemon.json} that serves this CA's server certificate with client
   * verification: {@code tls}, {@code tlsverify}, {@code tlscacert}, {@code tlscert},
   * {@code tlskey} and {@code hosts}. An existing file keeps every other key. dockerd refuses
   * {@code hosts} in the file together with {@code -H} on its command line: use one or the other.
   *
   * @param hosts where the engine listens, such as {@code tcp://0.0.0.0:2376}
   */
  public void daemonJson(Path file, List<String> hosts) {
    DaemonJson.write(file, certificateFile(), directory.resolve(SERVER_CERTIFICATE), directory.resolve(SERVER_KEY),
        List.copyOf(hosts));
  }

  /** Every certificate in {@code directory}'s PEM files, checked now; see {@link #check(Path, Clock)}. */
  public static List<CertificateStatus> check(Path directory) {
    return check(directory, Clock.systemUTC());
  }

  /**
   * Every certificate in the PEM files of {@code directory} (keys are skipped, never read out), in
   * file name order, with its names and the days it has left at {@code clock}'s instant.
   */
  public static List<CertificateStatus> check(Path directory, Clock clock) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(file -> file.getFileName().toString().endsWith(".pem")).sorted().toList();
    } catch (IOException e) {
      throw new TlsConfigurationException(directory.toString(), "cannot be listed (" + e.getClass().getSimpleName()
          + ")", "point the check at a readable directory of PEM files", e);
    }
    Instant now = clock.instant();
    List<CertificateStatus> found = new ArrayList<>();
    for (Path file : files) {
      if (!holdsCertificate(file)) {
        continue;
      }
      for (X509Certificate certificate : PemFiles.certificates(file, "certificate")) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        long daysLeft = Math.floorDiv(Duration.between(now, notAfter).getSeconds(), Duration.ofDays(1).getSeconds());
        found.add(new CertificateStatus(file, certificate.getSubjectX500Principal().getName(),
            certificate.getIssuerX500Principal().getName(), CertificateNames.dnsNames(certificate),
            CertificateNames.ipAddresses(certificate), notAfter, daysLeft));
      }
    }
    return List.copyOf(found);
  }

  private IssuedCertificate issue(Kind kind, Path target, String commonName, List<String> dns, List<String> ips,
      Duration validity, String certificateName, String keyName) {
    requirePositive(validity);
    KeyPair pair = Keys.generate(keyType == KeyType.RSA_2048);
    Instant start = clock.instant().minus(BACKDATE);
    X509Certificate issued = CertificateIssuer.issue(kind, commonName, dns, ips, pair.getPublic(), certificate, key,
        start, start.plus(validity).plus(BACKDATE));
    Path keyFile = target.resolve(keyName);
    Path certificateFile = target.resolve(certificateName);
    SecureFiles.write(keyFile, CertificateIssuer.pem(pair.getPrivate()), SecureFiles.PRIVATE);
    SecureFiles.write(certificateFile, CertificateIssuer.pem(issued), SecureFiles.PUBLIC);
    Path caFile = target.resolve(CA_CERTIFICATE);
    if (!caFile.toAbsolutePath().normalize().equals(certificateFile().toAbsolutePath().normalize())) {
      SecureFiles.write(caFile, CertificateIssuer.pem(certificate), SecureFiles.PUBLIC);
    }
    return new IssuedCertificate(certificateFile, keyFile, caFile, issued);
  }

  private static boolean holdsCertificate(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----");
    } catch (IOException e) {
      return false;
    }
  }

  private static void requirePositive(Duration validity) {
    if (validity == null || validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a validity must be positive, not " + validity);
    }
  }

  @Override
  public String toString() {
    return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + ", " + directory + "]";
  }
}
