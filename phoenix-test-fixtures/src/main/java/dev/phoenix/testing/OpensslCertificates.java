package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A throwaway certificate authority made with the {@code openssl} command, independent of
 * Phoenix's own: tests use it to set up a TLS daemon and to make deliberately broken material (an
 * expired certificate, a certificate from another authority, a server certificate without the
 * address the client dials).
 *
 * <pre>{@code
 * OpensslCertificates ca = OpensslCertificates.createAuthority(dir.resolve("ca"), "phx-test-ca");
 * OpensslCertificates.Issued server = ca.server("server", "IP:127.0.0.1", "DNS:localhost");
 * OpensslCertificates.Issued client = ca.client("client");
 * Path certDir = ca.clientDirectory(client, dir.resolve("client")); // ca.pem, cert.pem, key.pem
 * OpensslCertificates.Issued expired = ca.issue("old", OpensslCertificates.Usage.SERVER,
 *         List.of("IP:127.0.0.1"), Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-02-01T00:00:00Z"));
 * }</pre>
 *
 * <p>Keys are unencrypted RSA 2048 keys in PKCS#8 PEM, written {@code 0600}; certificates are PEM.
 * Validity is chosen freely through {@code openssl ca -startdate/-enddate}, so no clock faking is
 * needed. Without the {@code openssl} binary every call fails with an {@link AssertionError}.
 */
public final class OpensslCertificates {

    /** How long certificates made without explicit dates are valid. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    // Backdated a little so a certificate made now is valid on a daemon whose clock is slightly behind.
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final Path dir;
    private final Path config;

    private OpensslCertificates(Path dir, Path config) {
        this.dir = dir;
        this.config = config;
    }

    /** What a certificate may be used for: its {@code extendedKeyUsage}. */
    public enum Usage {
        /** {@code serverAuth}: a daemon's certificate. */
        SERVER("serverAuth"),
        /** {@code clientAuth}: a client's certificate. */
        CLIENT("clientAuth");

        private final String extendedKeyUsage;

        Usage(String extendedKeyUsage) {
            this.extendedKeyUsage = extendedKeyUsage;
        }
    }

    /**
     * A certificate and its private key, as PEM files.
     *
     * @param certificate the certificate
     * @param key the unencrypted private key
     */
    public record Issued(Path certificate, Path key) {
        /** Checks that both paths are given. */
        public Issued {
            if (certificate == null || key == null) {
                throw new IllegalArgumentException("certificate and key are required");
            }
        }
    }

    /**
     * Creates a self-signed authority in {@code dir}, valid from an hour ago for
     * {@link #DEFAULT_VALIDITY}.
     *
     * @param dir where {@code ca.pem}, {@code ca-key.pem} and everything issued go; created if missing
     * @param commonName the authority's subject CN
     * @return the authority
     * @throws AssertionError when {@code openssl} is missing or fails
     */
    public static OpensslCertificates createAuthority(Path dir, String commonName) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return createAuthority(dir, commonName, now.minus(BACKDATE), now.plus(DEFAULT_VALIDITY));
    }

    /**
     * Creates a self-signed authority in {@code dir} valid between the given instants (in the past
     * for an expired authority).
     *
     * @param dir where {@code ca.pem}, {@code ca-key.pem} and everything issued go; created if missing
     * @param commonName the authority's subject CN
     * @param notBefore the start of its validity
     * @param notAfter the end of its validity
     * @return the authority
     * @throws AssertionError when {@code openssl} is missing or fails
     */
    public static OpensslCertificates createAuthority(Path dir, String commonName, Instant notBefore,
            Instant notAfter) {
        Path openssl = openssl();
        Path state = dir.resolve(".openssl-ca");
        Path config = state.resolve("ca.cnf");
        try {
            Files.createDirectories(state);
            Files.writeString(state.resolve("index.txt"), "", UTF_8);
            Files.writeString(state.resolve("serial"), "1000\n", UTF_8);
            Files.writeString(config, config(state), UTF_8);
            Files.writeString(state.resolve("ca.ext"), """
                    basicConstraints=critical,CA:TRUE
                    keyUsage=critical,keyCertSign,cRLSign
                    subjectKeyIdentifier=hash
                    """, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the test authority in " + dir, e);
        }
        OpensslCertificates authority = new OpensslCertificates(dir, config);
        Path csr = state.resolve("ca.csr");
        authority.request(openssl, commonName, authority.caKey(), csr);
        // openssl ca -selfsign, not req -x509: only the former takes both ends of the validity.
        HostCommand.run(openssl.toString(), "ca", "-batch", "-config", config.toString(), "-notext",
                "-selfsign", "-keyfile", authority.caKey().toString(), "-in", csr.toString(),
                "-out", authority.caCertificate().toString(), "-extfile", state.resolve("ca.ext").toString(),
                "-startdate", OPENSSL_TIME.format(notBefore), "-enddate", OPENSSL_TIME.format(notAfter));
        return authority;
    }

    /** The authority's certificate, {@code ca.pem}. */
    public Path caCertificate() {
        return dir.resolve("ca.pem");
    }

    /** The authority's private key, {@code ca-key.pem}. */
    public Path caKey() {
        return dir.resolve("ca-key.pem");
    }

    /**
     * Issues a server certificate valid from an hour ago for {@link #DEFAULT_VALIDITY}.
     *
     * @param name the subject CN and the files' base name ({@code NAME-cert.pem}, {@code NAME-key.pem})
     * @param subjectAltNames entries as openssl writes them: {@code IP:127.0.0.1}, {@code DNS:localhost};
     *                        none for a certificate that names no address
     * @return the certificate and key
     */
    public Issued server(String name, String... subjectAltNames) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return issue(name, Usage.SERVER, List.of(subjectAltNames), now.minus(BACKDATE), now.plus(DEFAULT_VALIDITY));
    }

    /**
     * Issues a client certificate valid from an hour ago for {@link #DEFAULT_VALIDITY}.
     *
     * @param name the subject CN and the files' base name
     * @return the certificate and key
     */
    public Issued client(String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return issue(name, Usage.CLIENT, List.of(), now.minus(BACKDATE), now.plus(DEFAULT_VALIDITY));
    }

    /**
     * Issues a certificate with everything chosen: an expired one ends in the past, a not yet
     * valid one starts in the future.
     *
     * @param name the subject CN and the files' base name, lower case letters, digits, dots, dashes
     * @param usage server or client
     * @param subjectAltNames entries as openssl writes them ({@code IP:127.0.0.1}, {@code DNS:host})
     * @param notBefore the start of its validity
     * @param notAfter the end of its validity
     * @return the certificate and key, {@code NAME-cert.pem} and {@code NAME-key.pem} in the
     *         authority's directory
     * @throws AssertionError when openssl fails
     */
    public synchronized Issued issue(String name, Usage usage, List<String> subjectAltNames, Instant notBefore,
            Instant notAfter) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be lower case letters, digits, dots and dashes: " + name);
        }
        Path openssl = openssl();
        Issued issued = new Issued(dir.resolve(name + "-cert.pem"), dir.resolve(name + "-key.pem"));
        Path state = config.getParent();
        Path csr = state.resolve(name + ".csr");
        Path extensions = state.resolve(name + ".ext");
        List<String> lines = new ArrayList<>(List.of(
                "basicConstraints=CA:FALSE",
                "keyUsage=critical,digitalSignature,keyEncipherment",
                "extendedKeyUsage=" + usage.extendedKeyUsage,
                "subjectKeyIdentifier=hash",
                "authorityKeyIdentifier=keyid"));
        if (!subjectAltNames.isEmpty()) {
            lines.add("subjectAltName=" + String.join(",", subjectAltNames));
        }
        try {
            Files.write(extensions, lines, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + extensions, e);
        }
        request(openssl, name, issued.key(), csr);
        HostCommand.run(openssl.toString(), "ca", "-batch", "-config", config.toString(), "-notext",
                "-cert", caCertificate().toString(), "-keyfile", caKey().toString(), "-in", csr.toString(),
                "-out", issued.certificate().toString(), "-extfile", extensions.toString(),
                "-startdate", OPENSSL_TIME.format(notBefore), "-enddate", OPENSSL_TIME.format(notAfter));
        return issued;
    }

    /**
     * Copies the authority's certificate and a client's material into {@code target} under the
     * names docker-java and the docker CLI look for: {@code ca.pem}, {@code cert.pem},
     * {@code key.pem}.
     *
     * @param client the client certificate and key to copy
     * @param target the directory; created if missing
     * @return {@code target}
     */
    public Path clientDirectory(Issued client, Path target) {
        try {
            Files.createDirectories(target);
            Files.copy(caCertificate(), target.resolve("ca.pem"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(client.certificate(), target.resolve("cert.pem"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(client.key(), target.resolve("key.pem"), StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target.resolve("key.pem"), PosixFilePermissions.fromString("rw-------"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the client directory " + target, e);
        }
    }

    private void request(Path openssl, String commonName, Path key, Path csr) {
        HostCommand.run(openssl.toString(), "req", "-new", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/CN=" + commonName);
        try {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + key, e);
        }
    }

    private static String config(Path state) {
        // copy_extensions none: only the extension file decides what a certificate carries.
        return """
                [ca]
                default_ca = test_ca
                [test_ca]
                database = %s
                serial = %s
                new_certs_dir = %s
                default_md = sha256
                policy = any_subject
                unique_subject = no
                copy_extensions = none
                [any_subject]
                commonName = supplied
                """.formatted(state.resolve("index.txt"), state.resolve("serial"), state);
    }

    private static Path openssl() {
        Path openssl = HostCommand.find("openssl");
        if (openssl == null) {
            throw new AssertionError("The openssl command is missing; as root: apt-get install -y openssl");
        }
        return openssl;
    }
}
