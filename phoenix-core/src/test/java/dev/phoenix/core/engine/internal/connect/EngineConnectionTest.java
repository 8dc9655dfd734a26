package dev.phoenix.core.engine.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * API version negotiation against engines that cannot run here: a current engine that refuses
 * versions older than 1.44, and one too old for Phoenix. The stand-in answers {@code /version} as
 * the Engine API documents it and records every path it is asked for.
 */
class EngineConnectionTest {
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private String engine(String apiVersion, String minApiVersion) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      paths.add(path);
      byte[] body;
      int status = 200;
      if (path.endsWith("/version")) {
        body = ("{\"Version\":\"29.0.0\",\"ApiVersion\":\"" + apiVersion + "\",\"MinAPIVersion\":\"" + minApiVersion
            + "\",\"Os\":\"linux\"}").getBytes(StandardCharsets.UTF_8);
      } else if (path.startsWith("/v1.") && !path.startsWith("/v" + apiVersion) && !path.startsWith("/v1.44")) {
        status = 400;
        body = "{\"message\":\"client version is too old\"}".getBytes(StandardCharsets.UTF_8);
      } else {
        body = "[]".getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return "tcp://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aCurrentEngineIsSpokenToInTheNewestVersionBothKnow() throws IOException {
    String host = engine("1.51", "1.44");
    try (EngineConnection connection = EngineConnection.open(host, Map.of())) {
      assertThat(connection.api()).isEqualTo(new ApiVersion(1, 44));
      assertThat(connection.engineVersion()).isEqualTo("29.0.0");
      connection.docker().listContainersCmd().withShowAll(true).exec();
    }
    assertThat(paths.get(0)).isEqualTo("/version");
    assertThat(paths).contains("/v1.44/containers/json");
  }

  @Test
  void anOlderEngineIsSpokenToInItsOwnVersion() throws IOException {
    String host = engine("1.41", "1.12");
    try (EngineConnection connection = EngineConnection.open(host, Map.of())) {
      assertThat(connection.api()).isEqualTo(new ApiVersion(1, 41));
      connection.docker().listNetworksCmd().exec();
    }
    assertThat(paths).contains("/v1.41/networks");
  }

  @Test
  void anEngineWithNoCommonVersionIsRefusedWithBothRanges() throws IOException {
    String host = engine("1.39", "1.12");
    assertThatThrownBy(() -> EngineConnection.open(host, Map.of()))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessageContaining("1.12 to 1.39")
        .hasMessageContaining("1.40 to 1.44");
  }

  @Test
  void sshAndUnknownSchemesAreNamed() {
    assertThatThrownBy(() -> EngineConnection.open("ssh://deploy@host", Map.of()))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("ssh://")
        .hasMessageContaining("not supported by Phoenix yet");
    assertThatThrownBy(() -> EngineConnection.open(null, Map.of("DOCKER_HOST", "http://x:2375")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("http://x:2375");
  }

  @Test
  void tlsWithoutItsFilesIsRefusedRatherThanSpokenInPlainHttp() {
    assertThatThrownBy(() -> EngineConnection.open("tcp://127.0.0.1:2376",
        Map.of("DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/nonexistent/certs")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("/nonexistent/certs/ca.pem")
        .hasMessageContaining("never falls back to plain HTTP");
  }
}
