package dev.phoenix.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SignatureException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpensslCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void issuesServerAndClientCertificatesSignedByTheAuthority() throws Exception {
        OpensslCertificates ca = OpensslCertificates.createAuthority(dir.resolve("ca"), "phx-test-ca");

        OpensslCertificates.Issued server = ca.server("server", "IP:127.0.0.1", "DNS:localhost");
        OpensslCertificates.Issued client = ca.client("client");

        X509Certificate authority = read(ca.caCertificate());
        X509Certificate serverCert = read(server.certificate());
        X509Certificate clientCert = read(client.certificate());
        assertThat(authority.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        authority.verify(authority.getPublicKey());
        serverCert.verify(authority.getPublicKey());
        clientCert.verify(authority.getPublicKey());
        serverCert.checkValidity();
        assertThat(serverCert.getSubjectX500Principal().getName()).isEqualTo("CN=server");
        assertThat(serverCert.getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        assertThat(serverCert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(clientCert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(clientCert.getSubjectAlternativeNames()).isNull();
        assertThat(Files.getPosixFilePermissions(server.key()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(server.key())).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void makesExpiredCertificatesAndCertificatesOfAnotherAuthority() throws Exception {
        OpensslCertificates ca = OpensslCertificates.createAuthority(dir.resolve("ca"), "phx-test-ca");
        OpensslCertificates other = OpensslCertificates.createAuthority(dir.resolve("other"), "phx-other-ca");

        OpensslCertificates.Issued expired = ca.issue("expired", OpensslCertificates.Usage.SERVER,
                List.of("IP:127.0.0.1"), Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-02-01T00:00:00Z"));
        OpensslCertificates.Issued foreign = other.server("foreign", "IP:127.0.0.1");
        OpensslCertificates.Issued nameless = ca.server("nameless", "DNS:example.invalid");

        X509Certificate old = read(expired.certificate());
        assertThat(old.getNotBefore().toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(old.getNotAfter().toInstant()).isEqualTo(Instant.parse("2020-02-01T00:00:00Z"));
        assertThatThrownBy(old::checkValidity).isInstanceOf(CertificateExpiredException.class);
        X509Certificate authority = read(ca.caCertificate());
        assertThatThrownBy(() -> read(foreign.certificate()).verify(authority.getPublicKey()))
                .isInstanceOf(SignatureException.class);
        assertThat(read(nameless.certificate()).getSubjectAlternativeNames())
                .containsExactly(List.of(2, "example.invalid"));
    }

    @Test
    void writesAClientDirectoryUnderTheNamesDockerLooksFor() throws Exception {
        OpensslCertificates ca = OpensslCertificates.createAuthority(dir.resolve("ca"), "phx-test-ca");
        OpensslCertificates.Issued client = ca.client("client");

        Path target = ca.clientDirectory(client, dir.resolve("docker"));

        assertThat(Files.readString(target.resolve("ca.pem"))).isEqualTo(Files.readString(ca.caCertificate()));
        assertThat(Files.readString(target.resolve("cert.pem"))).isEqualTo(Files.readString(client.certificate()));
        assertThat(Files.readString(target.resolve("key.pem"))).isEqualTo(Files.readString(client.key()));
    }

    private static X509Certificate read(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
