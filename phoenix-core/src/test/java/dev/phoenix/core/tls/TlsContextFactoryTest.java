package dev.phoenix.core.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.api.endpoint.TlsMaterial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The material is checked as a whole before anything connects, and each gap is named. */
class TlsContextFactoryTest {
  private static final Duration YEAR = Duration.ofDays(365);

  @TempDir
  Path dir;

  @Test
  void completeMaterialGivesAVerifyingContext() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    TlsMaterial material = ca.issueClient("deployer", YEAR).tlsMaterial();

    TlsContext context = TlsContextFactory.create(material, false);

    assertThat(context.verifiesServer()).isTrue();
    assertThat(context.protocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(context.trustManager().getAcceptedIssuers()).containsExactly(ca.certificate());
    assertThat(context.sslParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
  }

  @Test
  void anEncryptedKeyNeedsItsPassword() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    ca.issueClient("deployer", YEAR);
    new Openssl(dir).ok("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", "key.pem", "-out", "key-enc.pem",
        "-passout", "pass:pw123");
    TlsMaterial material = new TlsMaterial(dir.resolve("ca.pem"), dir.resolve("cert.pem"),
        dir.resolve("key-enc.pem"), null);

    assertThatThrownBy(() -> TlsContextFactory.check(material, false))
        .isInstanceOf(TlsConfigurationException.class).hasMessageContaining("no password was given");
    TlsContextFactory.check(material.withKeyPassword("pw123"), false);
  }

  @Test
  void aKeyThatDoesNotMatchTheCertificateIsNamed() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    ca.issueClient("deployer", YEAR);
    IssuedCertificate other = ca.issueClient(dir.resolve("other"), "someone", YEAR);
    TlsMaterial material = new TlsMaterial(dir.resolve("ca.pem"), dir.resolve("cert.pem"), other.keyFile(), null);

    assertThatThrownBy(() -> TlsContextFactory.create(material, false))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining(other.keyFile().toString())
        .hasMessageContaining("does not match the client certificate")
        .hasMessageContaining("fix:");
  }

  @Test
  void withoutACaOnlyAnExplicitSkipConnects() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    ca.issueClient("deployer", YEAR);
    TlsMaterial noCa = new TlsMaterial(null, dir.resolve("cert.pem"), dir.resolve("key.pem"), null);

    assertThatThrownBy(() -> TlsContextFactory.check(noCa, false))
        .isInstanceOf(TlsConfigurationException.class).hasMessageContaining("no CA certificate");
    TlsContext skipping = TlsContextFactory.create(noCa, true);
    assertThat(skipping.verifiesServer()).isFalse();
    assertThat(skipping.sslParameters().getEndpointIdentificationAlgorithm()).isNull();
  }

  @Test
  void anIncompleteDirectoryIsRefusedNotDowngraded() {
    CertificateAuthority.create(dir, "Test CA", YEAR);

    // Only ca.pem, the layout that makes docker-java fall back to plain HTTP.
    assertThatThrownBy(() -> TlsContextFactory.check(TlsMaterial.inDirectory(dir), false))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining(dir.resolve("cert.pem").toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void anExpiredClientCertificateIsNamed() {
    CertificateAuthority ca = CertificateAuthority.create(dir, "Test CA", YEAR);
    ca.withClock(Clock.fixed(Instant.now().minus(Duration.ofDays(10)), ZoneOffset.UTC))
        .issueClient("deployer", Duration.ofDays(1));

    assertThatThrownBy(() -> TlsContextFactory.check(TlsMaterial.inDirectory(dir), false))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("cert.pem")
        .hasMessageContaining("expired on");
  }

  @Test
  void trustsOnlyTheGivenCa() {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("a"), "CA A", YEAR);
    CertificateAuthority other = CertificateAuthority.create(dir.resolve("b"), "CA B", YEAR);
    IssuedCertificate client = ca.issueClient("deployer", YEAR);

    TlsContext context = TlsContextFactory.create(client.tlsMaterial(), false);

    assertThat(List.of(context.trustManager().getAcceptedIssuers())).doesNotContain(other.certificate());
  }
}
