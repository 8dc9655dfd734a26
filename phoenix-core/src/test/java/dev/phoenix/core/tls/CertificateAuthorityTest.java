package dev.phoenix.core.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA's files, permissions and certificates, cross-checked with openssl. */
class CertificateAuthorityTest {
  private static final Duration YEAR = Duration.ofDays(365);

  @TempDir
  Path dir;

  @Test
  void writesDockersLayoutWithOwnerOnlyKeys() throws IOException {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    ca.issueServer(List.of("docker.test", "localhost"), List.of("127.0.0.1", "::1"), YEAR);
    ca.issueClient("deployer", YEAR);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("ca.pem", "ca-key.pem",
          "server-cert.pem", "server-key.pem", "cert.pem", "key.pem");
    }
    for (String key : List.of("ca-key.pem", "server-key.pem", "key.pem")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(key)))).as(key)
          .isEqualTo("rw-------");
    }
    for (String certificate : List.of("ca.pem", "server-cert.pem", "cert.pem")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(certificate))))
          .as(certificate).isEqualTo("rw-r--r--");
    }
    assertThat(Files.readString(dir.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
  }

  @Test
  void opensslVerifiesTheCertificatesAndSeesTheirNamesAndUses() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR, KeyType.RSA_2048, Clock.systemUTC());
    ca.issueServer(List.of("docker.test"), List.of("127.0.0.1"), YEAR);
    ca.issueClient("deployer", YEAR);
    Openssl openssl = new Openssl(dir);

    assertThat(openssl.ok("verify", "-CAfile", "ca.pem", "-purpose", "sslserver", "server-cert.pem"))
        .contains("server-cert.pem: OK");
    assertThat(openssl.ok("verify", "-CAfile", "ca.pem", "-purpose", "sslclient", "cert.pem"))
        .contains("cert.pem: OK");
    assertThat(openssl.ok("x509", "-in", "server-cert.pem", "-noout", "-ext", "subjectAltName"))
        .contains("DNS:docker.test", "IP Address:127.0.0.1");
    assertThat(openssl.ok("x509", "-in", "server-cert.pem", "-noout", "-ext", "extendedKeyUsage,keyUsage"))
        .contains("TLS Web Server Authentication", "Digital Signature", "Key Encipherment");
    assertThat(openssl.ok("x509", "-in", "cert.pem", "-noout", "-subject", "-ext", "extendedKeyUsage"))
        .contains("CN = deployer", "TLS Web Client Authentication");
    assertThat(openssl.ok("x509", "-in", "server-cert.pem", "-noout", "-text")).contains("sha256WithRSAEncryption");
    assertThat(openssl.ok("pkey", "-in", "key.pem", "-noout", "-text")).contains("Private-Key: (2048 bit");
  }

  @Test
  void issuesIntoAnotherDirectoryAsACompleteDockerCertPath() {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("ca"), "Test CA", YEAR);
    IssuedCertificate client = ca.issueClient(dir.resolve("client"), "deployer", YEAR);

    assertThat(client.caFile()).isEqualTo(dir.resolve("client/ca.pem"));
    TlsContextFactory.check(dev.phoenix.api.endpoint.TlsMaterial.inDirectory(dir.resolve("client")), false);
    assertThat(new Openssl(dir).ok("verify", "-CAfile", "ca/ca.pem", "client/cert.pem")).contains("OK");
  }

  @Test
  void loadsWhatItCreatedAndRefusesToOverwriteIt() {
    CertificateAuthority created = CertificateAuthority.create(dir, "Test CA", YEAR);

    CertificateAuthority loaded = CertificateAuthority.load(dir);

    assertThat(loaded.certificate()).isEqualTo(created.certificate());
    assertThatThrownBy(() -> CertificateAuthority.create(dir, "Again", YEAR))
        .isInstanceOf(TlsConfigurationException.class).hasMessageContaining("already exists");
  }

  @Test
  void daemonJsonKeepsEveryOtherKey() throws IOException {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("certs"), "Test CA", YEAR);
    Path file = dir.resolve("daemon.json");
    Files.writeString(file, "{\"log-driver\":\"json-file\",\"log-opts\":{\"max-size\":\"10m\"},"
        + "\"tls\":false,\"hosts\":[\"unix:///old.sock\"]}");

    ca.daemonJson(file, List.of("tcp://127.0.0.1:2376", "unix:///var/run/docker.sock"));

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.path("log-driver").asText()).isEqualTo("json-file");
    assertThat(json.path("log-opts").path("max-size").asText()).isEqualTo("10m");
    assertThat(json.path("tls").asBoolean()).isTrue();
    assertThat(json.path("tlsverify").asBoolean()).isTrue();
    assertThat(json.path("tlscacert").asText()).isEqualTo(dir.resolve("certs/ca.pem").toString());
    assertThat(json.path("tlscert").asText()).isEqualTo(dir.resolve("certs/server-cert.pem").toString());
    assertThat(json.path("tlskey").asText()).isEqualTo(dir.resolve("certs/server-key.pem").toString());
    assertThat(json.path("hosts")).extracting(JsonNode::asText)
        .containsExactly("tcp://127.0.0.1:2376", "unix:///var/run/docker.sock");
  }

  @Test
  void daemonJsonThatIsNotJsonIsLeftAlone() throws IOException {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("certs"), "Test CA", YEAR);
    Path file = Files.writeString(dir.resolve("daemon.json"), "{ broken");

    assertThatThrownBy(() -> ca.daemonJson(file, List.of("tcp://127.0.0.1:2376")))
        .isInstanceOf(TlsConfigurationException.class).hasMessageContaining("not valid JSON");
    assertThat(Files.readString(file)).isEqualTo("{ broken");
  }

  @Test
  void checkGivesDaysLeftAtTheClocksInstant() {
    Instant issued = Instant.parse("2030-01-01T00:00:00Z");
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", Duration.ofDays(3650), KeyType.EC_P256,
        Clock.fixed(issued, ZoneOffset.UTC));
    ca.issueServer(List.of("docker.test"), List.of("127.0.0.1"), Duration.ofDays(90));
    ca.issueClient("deployer", Duration.ofDays(30));

    List<CertificateStatus> now = CertificateAuthority.check(dir,
        Clock.fixed(issued.plus(Duration.ofDays(10)), ZoneOffset.UTC));

    assertThat(now).extracting(s -> s.file().getFileName().toString())
        .containsExactly("ca.pem", "cert.pem", "server-cert.pem");
    CertificateStatus server = now.get(2);
    assertThat(server.subject()).isEqualTo("CN=docker.test");
    assertThat(server.issuer()).isEqualTo("CN=Test CA");
    assertThat(server.dnsNames()).containsExactly("docker.test");
    assertThat(server.ipAddresses()).containsExactly("127.0.0.1");
    assertThat(server.daysLeft()).isEqualTo(80);
    assertThat(now.get(1).daysLeft()).isEqualTo(20);
    assertThat(now.get(0).daysLeft()).isEqualTo(3640);

    CertificateStatus expired = CertificateAuthority.check(dir,
        Clock.fixed(issued.plus(Duration.ofDays(31)), ZoneOffset.UTC)).get(1);
    assertThat(expired.expired()).isTrue();
    assertThat(expired.daysLeft()).isEqualTo(-1);
  }

  @Test
  void renewalKeepsNamesAndCaWithANewValidity() {
    Instant issued = Instant.parse("2030-01-01T00:00:00Z");
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", Duration.ofDays(3650), KeyType.EC_P256,
        Clock.fixed(issued, ZoneOffset.UTC));
    IssuedCertificate oldServer = ca.issueServer(List.of("docker.test", "engine"), List.of("127.0.0.1"),
        Duration.ofDays(30));
    ca.issueClient("deployer", Duration.ofDays(30));

    CertificateAuthority later = CertificateAuthority.load(dir, Clock.fixed(issued.plus(Duration.ofDays(25)),
        ZoneOffset.UTC));
    IssuedCertificate server = later.renewServer(Duration.ofDays(365));
    IssuedCertificate client = later.renewClient(Duration.ofDays(365));

    assertThat(server.certificate().getSerialNumber()).isNotEqualTo(oldServer.certificate().getSerialNumber());
    assertThat(server.certificate().getPublicKey()).isNotEqualTo(oldServer.certificate().getPublicKey());
    assertThat(server.certificate().getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
    List<CertificateStatus> status = CertificateAuthority.check(dir, Clock.fixed(issued.plus(Duration.ofDays(25)),
        ZoneOffset.UTC));
    assertThat(status.get(2).dnsNames()).containsExactly("docker.test", "engine");
    assertThat(status.get(2).ipAddresses()).containsExactly("127.0.0.1");
    assertThat(status.get(2).daysLeft()).isEqualTo(365);
    assertThat(status.get(1).subject()).isEqualTo("CN=deployer");
    assertThat(client.certificate().getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
  }

  @Test
  void renewedCertificatesVerifyAgainstTheSameCaFile() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    ca.issueServer(List.of("docker.test"), List.of("127.0.0.1"), Duration.ofDays(1));

    ca.renewServer(YEAR);

    Openssl openssl = new Openssl(dir);
    assertThat(openssl.ok("verify", "-CAfile", "ca.pem", "server-cert.pem")).contains("OK");
    assertThat(openssl.ok("x509", "-in", "server-cert.pem", "-noout", "-ext", "subjectAltName"))
        .contains("DNS:docker.test", "IP Address:127.0.0.1");
  }
}
