package dev.phoenix.portainer;

import dev.phoenix.portainer.testing.FakePortainer;
import dev.phoenix.portainer.testing.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockWebServer;

/** A MockWebServer on 127.0.0.1, and clients for it. */
final class PortainerServer implements AutoCloseable {
  static final String API_KEY = "ptr_tEsTkEy0123456789";
  static final String USER = "admin";
  static final String PASSWORD = "correct horse battery staple";

  final MockWebServer server = new MockWebServer();

  PortainerServer() {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server playing {@code version} with the API key, the user and environment 1 ("local"). */
  static PortainerServer playing(FakePortainer fake) {
    PortainerServer server = new PortainerServer();
    server.server.setDispatcher(fake.apiKey(API_KEY).user(USER, PASSWORD));
    return server;
  }

  PortainerClient.Builder client() {
    return PortainerClient.builder().url(server.url("/").uri()).retries(3, Duration.ofMillis(1));
  }

  PortainerClient apiKeyClient() {
    return client().apiKey(API_KEY).build();
  }

  PortainerClient loginClient() {
    return client().credentials(USER, PASSWORD).build();
  }

  static String sample(String name) {
    try (InputStream in = PortainerServer.class.getResourceAsStream("/portainer-samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
