package dev.phoenix.core.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.internal.PemFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.cert.CertificateExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real TLS handshakes on 127.0.0.1 between a client context and an in-JVM server that requires a
 * client certificate, with certificates from Phoenix's CA: what works, and each way it must not.
 */
class TlsHandshakeTest {
  private static final Duration YEAR = Duration.ofDays(365);

  @TempDir
  Path dir;
  private CertificateAuthority ca;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void setUp() {
    ca = CertificateAuthority.create(dir.resolve("ca"), "Test CA", YEAR);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  @Test
  void clientWithItsCertificateTalksToTheServer() throws Exception {
    int port = server(ca.issueServer(dir.resolve("server"), List.of("localhost"), List.of("127.0.0.1"), YEAR));
    TlsContext client = TlsContextFactory.create(ca.issueClient(dir.resolve("client"), "deployer", YEAR)
        .tlsMaterial(), false);

    try (SSLSocket socket = (SSLSocket) client.socketFactory().createSocket("127.0.0.1", port)) {
      assertThat(socket.getInputStream().read()).isEqualTo('!');
      assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
      assertThat(socket.getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
      assertThat(socket.getSSLParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
    }
  }

  @Test
  void serverRejectsAClientCertificateFromAnotherCa() {
    int port = server(ca.issueServer(dir.resolve("server"), List.of("localhost"), List.of("127.0.0.1"), YEAR));
    CertificateAuthority other = CertificateAuthority.create(dir.resolve("other"), "Other CA", YEAR);
    IssuedCertificate stranger = other.issueClient(dir.resolve("stranger"), "stranger", YEAR);
    // It trusts the right CA but presents a certificate the server's CA never signed.
    TlsContext client = TlsContextFactory.create(
        new TlsMaterial(ca.certificateFile(), stranger.certificateFile(), stranger.keyFile(), null), false);

    assertThatThrownBy(() -> exchange(client, port)).isInstanceOf(IOException.class);
  }

  @Test
  void clientRejectsAServerCertificateFromAnotherCa() {
    CertificateAuthority other = CertificateAuthority.create(dir.resolve("other"), "Other CA", YEAR);
    int port = server(other.issueServer(dir.resolve("server"), List.of("localhost"), List.of("127.0.0.1"), YEAR),
        ca.certificateFile());
    TlsContext client = TlsContextFactory.create(ca.issueClient(dir.resolve("client"), "deployer", YEAR)
        .tlsMaterial(), false);

    assertThatThrownBy(() -> exchange(client, port)).isInstanceOf(SSLHandshakeException.class)
        .hasMessageContaining("PKIX path");
  }

  @Test
  void clientRejectsAnExpiredServerCertificate() {
    Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
    IssuedCertificate expired = ca.withClock(longAgo)
        .issueServer(dir.resolve("server"), List.of("localhost"), List.of("127.0.0.1"), Duration.ofDays(1));
    int port = server(expired);
    TlsContext client = TlsContextFactory.create(ca.issueClient(dir.resolve("client"), "deployer", YEAR)
        .tlsMaterial(), false);

    assertThatThrownBy(() -> exchange(client, port)).isInstanceOf(SSLHandshakeException.class)
        .hasRootCauseInstanceOf(CertificateExpiredException.class);
  }

  @Test
  void clientRejectsAServerWhoseCertificateLacksTheAddress() throws Exception {
    int port = server(ca.issueServer(dir.resolve("server"), List.of("localhost"), List.of("10.9.8.7"), YEAR));
    TlsMaterial material = ca.issueClient(dir.resolve("client"), "deployer", YEAR).tlsMaterial();
    TlsContext client = TlsContextFactory.create(material, false);

    // Set explicitly, as a caller making its own socket would.
    SSLParameters parameters = new SSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    try (SSLSocket socket = (SSLSocket) client.sslContext().getSocketFactory().createSocket()) {
      socket.setSSLParameters(parameters);
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class)
          .hasMessageContaining("127.0.0.1");
    }
    // And by default, with nothing set.
    assertThatThrownBy(() -> exchange(client, port)).isInstanceOf(SSLHandshakeException.class)
        .hasMessageContaining("No subject alternative names matching IP address 127.0.0.1");
    // Skipping verification, explicitly, accepts it.
    assertThat(exchange(TlsContextFactory.create(material, true), port)).isEqualTo('!');
  }

  @Test
  void clientOffersNeitherTls11NorOlder() throws Exception {
    TlsContext client = TlsContextFactory.create(ca.issueClient(dir.resolve("client"), "deployer", YEAR)
        .tlsMaterial(), false);
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<byte[]> hello = CompletableFuture.supplyAsync(() -> readRecord(plain));
      try (Socket socket = client.socketFactory().createSocket("127.0.0.1", plain.getLocalPort())) {
        socket.setSoTimeout(5000);
        assertThatThrownBy(((SSLSocket) socket)::startHandshake).isInstanceOf(IOException.class);
      }
      assertThat(ClientHello.supportedVersions(hello.get(10, TimeUnit.SECONDS)))
          .containsExactly("TLSv1.3", "TLSv1.2");
    }
    assertThat(client.sslContext().getDefaultSSLParameters().getProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(client.sslParameters().getProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
  }

  @Test
  void serverRefusesAClientThatSpeaksOnlyTls11() throws Exception {
    int port = server(ca.issueServer(dir.resolve("server"), List.of("localhost"), List.of("127.0.0.1"), YEAR));
    TlsContext client = TlsContextFactory.create(ca.issueClient(dir.resolve("client"), "deployer", YEAR)
        .tlsMaterial(), false);
    try (SSLSocket socket = (SSLSocket) client.socketFactory().createSocket("127.0.0.1", port)) {
      socket.setEnabledProtocols(new String[] {"TLSv1.1"});
      assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
    }
  }

  /**
   * Starts a server answering one byte to each client; it trusts this test's CA for client
   * certificates. Its context is built by hand, not by the factory, which would refuse an expired
   * certificate before a client ever saw it.
   */
  private int server(IssuedCertificate certificate) {
    return server(certificate, ca.certificateFile());
  }

  private int server(IssuedCertificate certificate, Path clientCa) {
    try {
      SSLServerSocket server = (SSLServerSocket) serverContext(certificate, clientCa).getServerSocketFactory()
          .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
      server.setNeedClientAuth(true);
      open.add(server);
      Thread thread = new Thread(() -> serve(server), "tls-test-server");
      thread.setDaemon(true);
      thread.start();
      return server.getLocalPort();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static SSLContext serverContext(IssuedCertificate certificate, Path clientCa) throws IOException {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("server", PemFiles.privateKey(certificate.keyFile(), null), new char[0],
          PemFiles.certificates(certificate.certificateFile(), "server certificate").toArray(X509Certificate[]::new));
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, new char[0]);
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("ca", PemFiles.certificates(clientCa, "CA certificate").get(0));
      TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
      trustManagers.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static void serve(ServerSocket server) {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(5000);
        socket.getOutputStream().write('!');
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // A refused handshake ends this connection only; the test asserts what the client saw.
      }
    }
  }

  private static int exchange(TlsContext client, int port) throws IOException {
    try (SSLSocket socket = (SSLSocket) client.socketFactory().createSocket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      socket.startHandshake();
      // With TLS 1.3 the server's verdict on the client certificate arrives after the client's handshake.
      InputStream in = socket.getInputStream();
      int answer = in.read();
      if (answer != '!') {
        throw new IOException("the server closed the connection");
      }
      return answer;
    }
  }

  private static byte[] readRecord(ServerSocket plain) {
    try (Socket socket = plain.accept()) {
      socket.setSoTimeout(5000);
      InputStream in = socket.getInputStream();
      byte[] header = in.readNBytes(5);
      int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
      return in.readNBytes(length);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
