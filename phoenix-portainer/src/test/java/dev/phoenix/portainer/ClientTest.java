package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.CertificateAuthority;
import dev.phoenix.core.tls.IssuedCertificate;
import dev.phoenix.core.tls.TlsContextFactory;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, TLS, redirects and who closes what. */
class ClientTest {
  private static final PortainerVersion V223 = PortainerVersion.parse("2.23.0");
  private static final String STACKS = "[]";

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void readsAreRetriedAfter503AndDroppedConnections() {
    try (PortainerServer server = new PortainerServer();
        PortainerClient client = server.client().apiKey(PortainerServer.API_KEY).version(V223).build()) {
      server.server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build());
      server.server.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build());
      server.server.enqueue(ok(STACKS));
      assertThat(client.stacks().listAll()).isEmpty();
      assertThat(server.server.getRequestCount()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void writesAreNotRetriedOnceSent() {
    try (PortainerServer server = new PortainerServer();
        PortainerClient client = server.client().apiKey(PortainerServer.API_KEY).version(V223).build()) {
      server.server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build());
      server.server.enqueue(ok("{\"Id\":1}"));
      PortainerApiException e = catchThrowableOfType(PortainerApiException.class,
          () -> client.stacks().start(1, 1));
      assertThat(e.status()).isEqualTo(503);
      assertThat(server.server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aRefusedConnectionIsRetriedThenReported() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    try (PortainerClient client = PortainerClient.builder().url("http://127.0.0.1:" + port)
        .apiKey(PortainerServer.API_KEY).version(V223).retries(2, Duration.ofMillis(1)).build()) {
      EngineUnreachableException e = catchThrowableOfType(EngineUnreachableException.class,
          () -> client.stacks().create(StackTarget.compose(1), "web", "services: {}", StackEnv.empty()));
      assertThat(e.endpoint()).isEqualTo("http://127.0.0.1:" + port + "/");
      assertThat(e.getMessage()).contains("refused the connection", "POST /api/stacks/create/standalone/string")
          .doesNotContain(PortainerServer.API_KEY);
    }
  }

  @Test
  void redirectsAreNotFollowed() {
    try (PortainerServer server = new PortainerServer();
        PortainerClient client = server.client().apiKey(PortainerServer.API_KEY).version(V223).build()) {
      server.server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "https://elsewhere:9443/api/stacks")
          .build());
      PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().listAll());
      assertThat(e.status()).isEqualTo(307);
      assertThat(e.getMessage()).contains("https://elsewhere:9443/api/stacks");
      assertThat(server.server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void theCallersHttpClientIsNeverClosed() {
    OkHttpClient callers = new OkHttpClient();
    try (PortainerServer server = new PortainerServer()) {
      server.server.enqueue(ok(STACKS));
      try (PortainerClient client = server.client().httpClient(callers).apiKey(PortainerServer.API_KEY)
          .version(V223).build()) {
        client.stacks().listAll();
      }
      assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();
    } finally {
      callers.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void aPrivateCaIsTrustedAndNothingElse(@TempDir Path dir) {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("ca"), "Phoenix test CA", Duration.ofDays(1));
    IssuedCertificate serverCertificate = ca.issueServer(List.of("localhost"), List.of("127.0.0.1"),
        Duration.ofDays(1));
    var serverTls = TlsContextFactory.create(new TlsMaterial(serverCertificate.caFile(),
        serverCertificate.certificateFile(), serverCertificate.keyFile(), null), false);
    try (PortainerServer server = new PortainerServer()) {
      server.server.useHttps(serverTls.socketFactory());
      server.server.enqueue(ok(STACKS));
      try (PortainerClient client = server.client().apiKey(PortainerServer.API_KEY).version(V223)
          .caCertificate(ca.certificateFile()).build()) {
        assertThat(client.stacks().listAll()).isEmpty();
      }
      try (PortainerClient client = server.client().apiKey(PortainerServer.API_KEY).version(V223)
          .retries(1, Duration.ofMillis(1)).build()) {
        EngineUnreachableException e = catchThrowableOfType(EngineUnreachableException.class,
            () -> client.stacks().listAll());
        assertThat(e.getCause()).isInstanceOf(SSLException.class);
      }
      server.server.enqueue(ok(STACKS));
      try (PortainerClient client = server.client().apiKey(PortainerServer.API_KEY).version(V223)
          .skipTlsVerify().build()) {
        assertThat(client.stacks().listAll()).isEmpty();
      }
    }
  }

  @Test
  void theBuilderNeedsAUrlAndCredentials() {
    assertThatThrownBy(() -> PortainerClient.builder().apiKey("ptr_x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("url()");
    assertThatThrownBy(() -> PortainerClient.builder().url("https://portainer:9443").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey()");
    assertThatThrownBy(() -> PortainerClient.builder().url("tcp://portainer:9443"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PortainerClient.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathPrefixIsKept() {
    try (PortainerServer server = new PortainerServer()) {
      server.server.enqueue(ok("{\"Version\":\"2.23.0\"}"));
      try (PortainerClient client = PortainerClient.builder().url(server.server.url("/portainer").uri())
          .apiKey(PortainerServer.API_KEY).build()) {
        assertThat(client.version()).isEqualTo(V223);
      }
      assertThat(server.server.takeRequest().getTarget()).isEqualTo("/portainer/api/system/status");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
