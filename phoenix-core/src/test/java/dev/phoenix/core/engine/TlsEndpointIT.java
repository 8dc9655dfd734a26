package dev.phoenix.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.engine.internal.connect.EngineConnection;
import dev.phoenix.core.tls.CertificateAuthority;
import dev.phoenix.core.tls.context.DockerContextStore;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TlsDockerDaemon;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phoenix against a real second dockerd that requires mutual TLS, with certificates from Phoenix's
 * own certificate authority: a deployment through it, and every way TLS can be wrong, each named.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class TlsEndpointIT {
  private static final Duration YEAR = Duration.ofDays(365);

  @TempDir
  static Path dir;
  static CertificateAuthority authority;
  static Path client;
  static TlsDockerDaemon daemon;

  @BeforeAll
  static void startDaemon(DockerClient docker) {
    TestImages.busybox(docker);
    authority = CertificateAuthority.create(dir.resolve("ca"), "phoenix test CA", YEAR);
    authority.issueServer(List.of("localhost"), List.of("127.0.0.1"), YEAR);
    client = dir.resolve("client");
    authority.issueClient(client, "phoenix test client", YEAR);
    daemon = TlsDockerDaemon.start(authority.certificateFile(), dir.resolve("ca/server-cert.pem"),
        dir.resolve("ca/server-key.pem"));
    daemon.loadImage(TestImages.BUSYBOX, client.resolve("cert.pem"), client.resolve("key.pem"));
  }

  @AfterAll
  static void stopDaemon() {
    if (daemon != null) {
      daemon.close();
    }
  }

  private static DockerEndpoint endpoint(String host, TlsMaterial tls) {
    return new DockerEndpoint(URI.create(host), tls, false, "the test", List.of());
  }

  @Test
  void deploysAStackOverMutualTls() {
    DockerEndpoint endpoint = endpoint(daemon.host(), TlsMaterial.inDirectory(client));
    Stack stack = Stack.of(ComposeLoader.builder()
        .content("compose.yaml", """
            services:
              web:
                image: phoenix-test/busybox:latest
                command: ["sleep", "600"]
                stop_signal: SIGKILL
            """)
        .projectName("phx-it-tls")
        .load());
    try (DockerEngineTarget target = DockerEngineTarget.connect(endpoint)) {
      DeploymentResult result = target.apply(stack, DeployOptions.defaults(), DeploymentListener.NONE);
      assertThat(result.status().containers()).extracting(c -> c.name() + " " + c.state())
          .containsExactly("phx-it-tls-web-1 running");
      assertThat(target.apply(stack, DeployOptions.defaults(), DeploymentListener.NONE).wasNoop()).isTrue();
      target.remove("phx-it-tls", new RemoveOptions(true, Duration.ZERO), DeploymentListener.NONE);
    }
  }

  @Test
  void theSeedsFailureIsNamed(@TempDir Path config) {
    // A context with the TLS material, made current, and DOCKER_HOST exported over it.
    DockerContextStore store = new DockerContextStore(config, Map.of());
    store.create("secure", daemon.host(), TlsMaterial.inDirectory(client), false, "the TLS engine");
    store.use("secure");
    Map<String, String> environment = Map.of("DOCKER_CONFIG", config.toString(), "DOCKER_HOST", daemon.host());

    assertThatThrownBy(() -> EngineConnection.open(null, environment))
        .isInstanceOfSatisfying(TlsConfigurationException.class, e -> {
          assertThat(e.getMessage()).contains(daemon.host(), "DOCKER_HOST", "plain HTTP", "TLS");
          assertThat(e.getMessage()).contains("overrides context \"secure\"");
          assertThat(e.fix()).contains("DOCKER_TLS_VERIFY");
        });
    // Without DOCKER_HOST the context is used, and works.
    try (EngineConnection connection = EngineConnection.open(null, Map.of("DOCKER_CONFIG", config.toString()))) {
      assertThat(connection.source()).contains("secure");
    }
  }

  @Test
  void tlsToAPlainPortIsNamed() {
    try (TlsDockerDaemon plain = TlsDockerDaemon.startPlain()) {
      // The plain port works without TLS...
      try (EngineConnection connection = EngineConnection.open(endpoint(plain.host(), null))) {
        assertThat(connection.api()).isNotNull();
      }
      // ...and TLS to it is named as such.
      assertThatThrownBy(() -> EngineConnection.open(endpoint(plain.host(), TlsMaterial.inDirectory(client))))
          .isInstanceOf(TlsConfigurationException.class)
          .hasMessageContaining(plain.host())
          .hasMessageContaining("does not speak TLS");
    }
  }

  @Test
  void aServerCertificateFromAnotherAuthorityIsNamed() {
    CertificateAuthority other = CertificateAuthority.create(dir.resolve("other"), "another CA", YEAR);
    Path foreign = dir.resolve("foreign-trust");
    other.issueClient(foreign, "someone", YEAR);
    // Trust the other CA but present the right client certificate.
    TlsMaterial material = new TlsMaterial(other.certificateFile(), client.resolve("cert.pem"),
        client.resolve("key.pem"), null);
    assertThatThrownBy(() -> EngineConnection.open(endpoint(daemon.host(), material)))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("not signed by the CA Phoenix trusts")
        .hasMessageContaining(other.certificateFile().toString());
  }

  @Test
  void aMissingOrRejectedClientCertificateIsNamed() {
    TlsMaterial none = new TlsMaterial(client.resolve("ca.pem"), null, null, null);
    assertThatThrownBy(() -> EngineConnection.open(endpoint(daemon.host(), none)))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("requires a client certificate");

    CertificateAuthority other = CertificateAuthority.create(dir.resolve("stranger"), "stranger CA", YEAR);
    Path stranger = dir.resolve("stranger-client");
    other.issueClient(stranger, "stranger", YEAR);
    TlsMaterial rejected = new TlsMaterial(client.resolve("ca.pem"), stranger.resolve("cert.pem"),
        stranger.resolve("key.pem"), null);
    assertThatThrownBy(() -> EngineConnection.open(endpoint(daemon.host(), rejected)))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining("rejected the client certificate")
        .hasMessageContaining(stranger.resolve("cert.pem").toString());
  }

  @Test
  void aMalformedKeyIsNamedBeforeAnythingConnects() throws IOException {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.copy(client.resolve("ca.pem"), broken.resolve("ca.pem"));
    Files.copy(client.resolve("cert.pem"), broken.resolve("cert.pem"));
    Files.writeString(broken.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(() -> EngineConnection.open(endpoint(daemon.host(), TlsMaterial.inDirectory(broken))))
        .isInstanceOf(TlsConfigurationException.class)
        .hasMessageContaining(broken.resolve("key.pem").toString());
  }

  @Test
  void anExpiredServerCertificateIsNamed() {
    Clock lastYear = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
    Path expired = dir.resolve("expired");
    authority.withClock(lastYear).issueServer(expired, List.of("localhost"), List.of("127.0.0.1"),
        Duration.ofDays(30));
    try (TlsDockerDaemon old = TlsDockerDaemon.start(authority.certificateFile(), expired.resolve("server-cert.pem"),
        expired.resolve("server-key.pem"))) {
      assertThatThrownBy(() -> EngineConnection.open(endpoint(old.host(), TlsMaterial.inDirectory(client))))
          .isInstanceOf(TlsConfigurationException.class)
          .hasMessageContaining(old.host())
          .hasMessageContaining("expired");
    }
  }

  @Test
  void anAddressNotInTheServerCertificateIsNamed() {
    Path misnamed = dir.resolve("misnamed");
    authority.issueServer(misnamed, List.of("engine.example"), List.of("10.9.8.7"), YEAR);
    try (TlsDockerDaemon wrong = TlsDockerDaemon.start(authority.certificateFile(),
        misnamed.resolve("server-cert.pem"), misnamed.resolve("server-key.pem"))) {
      assertThatThrownBy(() -> EngineConnection.open(endpoint(wrong.host(), TlsMaterial.inDirectory(client))))
          .isInstanceOf(TlsConfigurationException.class)
          .hasMessageContaining("does not name 127.0.0.1");
    }
  }
}
