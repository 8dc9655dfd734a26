package dev.phoenix.core.tls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.core.tls.Openssl;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys in every form openssl writes them, certificates and chains, and every way a file can be wrong. */
class PemFilesTest {
  private static final String PASSWORD = "s3cret-pass";

  @TempDir
  Path dir;
  private Openssl openssl;

  @BeforeEach
  void setUp() {
    openssl = new Openssl(dir);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "RSA PKCS#1            | genrsa -traditional -out key.pem 2048                               | BEGIN RSA PRIVATE KEY | RSA",
      "RSA PKCS#8            | genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem  | BEGIN PRIVATE KEY     | RSA",
      "EC SEC1 with params   | ecparam -name prime256v1 -genkey -out key.pem                       | BEGIN EC PRIVATE KEY  | EC",
      "EC PKCS#8             | genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem | BEGIN PRIVATE KEY     | EC"})
  void readsUnencryptedKeys(String name, String command, String header, String algorithm) throws IOException {
    openssl.ok(command.trim().split(" +"));
    assertThat(Files.readString(dir.resolve("key.pem"))).contains(header);

    PrivateKey key = PemFiles.privateKey(dir.resolve("key.pem"), null);

    assertThat(key.getAlgorithm()).isEqualTo(algorithm);
    assertThat(Keys.match(key, publicKey("key.pem", null))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "RSA encrypted PKCS#8 | genrsa -traditional -out plain.pem 2048                  | pkcs8 -topk8 -v2 aes-256-cbc -in plain.pem -out key.pem -passout pass:" + PASSWORD + " | BEGIN ENCRYPTED PRIVATE KEY",
      "EC encrypted PKCS#8  | ecparam -name prime256v1 -genkey -noout -out plain.pem | pkcs8 -topk8 -v2 aes-256-cbc -in plain.pem -out key.pem -passout pass:" + PASSWORD + " | BEGIN ENCRYPTED PRIVATE KEY",
      "RSA legacy PEM       | genrsa -traditional -out plain.pem 2048                  | rsa -traditional -aes256 -in plain.pem -out key.pem -passout pass:" + PASSWORD + "      | Proc-Type: 4,ENCRYPTED",
      "EC legacy PEM        | ecparam -name prime256v1 -genkey -noout -out plain.pem | ec -aes256 -in plain.pem -out key.pem -passout pass:" + PASSWORD + "                    | Proc-Type: 4,ENCRYPTED"})
  void readsEncryptedKeysWithTheirPassword(String name, String generate, String encrypt, String marker)
      throws IOException {
    openssl.ok(generate.trim().split(" +"));
    openssl.ok(encrypt.trim().split(" +"));
    Path file = dir.resolve("key.pem");
    assertThat(Files.readString(file)).contains(marker);

    PrivateKey key = PemFiles.privateKey(file, PASSWORD);
    assertThat(Keys.match(key, publicKey("plain.pem", null))).isTrue();

    assertThatThrownBy(() -> PemFiles.privateKey(file, "wrong-password"))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("password")
        .hasMessageNotContaining("wrong-password");
    assertThatThrownBy(() -> PemFiles.privateKey(file, null))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("encrypted and no password was given");
  }

  @Test
  void readsAChainInFileOrderUnderAnyName() {
    openssl.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
        "root.key", "-out", "root.crt", "-subj", "/CN=root", "-days", "2");
    openssl.ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
        "leaf.key", "-out", "leaf.csr", "-subj", "/CN=leaf");
    openssl.ok("x509", "-req", "-in", "leaf.csr", "-CA", "root.crt", "-CAkey", "root.key", "-out", "leaf.crt",
        "-days", "1");
    concatenate("bundle.txt", "leaf.crt", "root.crt");

    List<X509Certificate> chain = PemFiles.certificates(dir.resolve("bundle.txt"), "client certificate");

    assertThat(chain).extracting(c -> c.getSubjectX500Principal().getName()).containsExactly("CN=leaf", "CN=root");
  }

  @Test
  void namesAMissingFile() {
    Path missing = dir.resolve("nowhere/ca.pem");
    assertThatThrownBy(() -> PemFiles.certificates(missing, "CA certificate"))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist")
        .hasMessageContaining("fix:");
  }

  @Test
  void namesAnUnreadableFile() {
    assertThatThrownBy(() -> PemFiles.privateKey(dir, null))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("cannot be read");
  }

  @Test
  void namesAFileThatIsNotPem() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "just some text\n");
    openssl.ok("genrsa", "-out", "key.pem", "2048");
    openssl.ok("pkey", "-in", "key.pem", "-outform", "DER", "-out", "key.der");

    assertThatThrownBy(() -> PemFiles.certificates(text, "CA certificate"))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("is not PEM");
    assertThatThrownBy(() -> PemFiles.privateKey(dir.resolve("key.der"), null))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("key.der")
        .hasMessageContaining("PEM");
  }

  @Test
  void namesACertificateWhereAKeyWasExpectedAndTheOtherWayRound() {
    openssl.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
        "key.pem", "-out", "cert.pem", "-subj", "/CN=client", "-days", "1");

    assertThatThrownBy(() -> PemFiles.privateKey(dir.resolve("cert.pem"), null))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("cert.pem")
        .hasMessageContaining("holds a certificate where a private key was expected");
    assertThatThrownBy(() -> PemFiles.certificates(dir.resolve("key.pem"), "client certificate"))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("holds a private key where the client certificate was expected");
  }

  @Test
  void neverPutsKeyMaterialInAMessage() throws IOException {
    openssl.ok("genrsa", "-traditional", "-out", "key.pem", "2048");
    List<String> lines = Files.readAllLines(dir.resolve("key.pem"));
    // A damaged key: the base64 body cut in the middle of a line.
    Path damaged = Files.writeString(dir.resolve("damaged.pem"),
        String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, 30) + "!!\n"
            + lines.get(lines.size() - 1) + "\n");

    assertThatThrownBy(() -> PemFiles.privateKey(damaged, null))
        .isInstanceOf(TlsConfigurationException.class)
        .satisfies(e -> lines.subList(1, 5).forEach(line -> assertThat(e.getMessage()).doesNotContain(line)));
  }

  private void concatenate(String target, String... sources) {
    StringBuilder text = new StringBuilder();
    try {
      for (String source : sources) {
        text.append(Files.readString(dir.resolve(source)));
      }
      Files.writeString(dir.resolve(target), text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private PublicKey publicKey(String keyFile, String password) throws IOException {
    String pem = password == null
        ? openssl.ok("pkey", "-in", keyFile, "-pubout")
        : openssl.ok("pkey", "-in", keyFile, "-pubout", "-passin", "pass:" + password);
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      return new JcaPEMKeyConverter().getPublicKey((SubjectPublicKeyInfo) parser.readObject());
    }
  }
}
