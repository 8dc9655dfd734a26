package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.CertificateAuthority;
import dev.phoenix.core.tls.IssuedCertificate;
import dev.phoenix.core.tls.TlsContextFactory;
import dev.phoenix.portainer.PortainerVersion;
import dev.phoenix.portainer.testing.FakePortainer;
import dev.phoenix.portainer.testing.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A fake Portainer on 127.0.0.1 (FakePortainer in a MockWebServer) and the {@code phoenix} CLI run
 * in-process against it. Every run checks that no secret reached the output.
 */
final class PortainerCli implements AutoCloseable {
  static final String API_KEY = "ptr_cLiTeStKeY0123456789abcdef";
  static final String USER = "admin";
  static final String PASSWORD = "correct horse battery staple";

  final FakePortainer fake;
  final MockWebServer server = new MockWebServer();
  final Map<String, String> environment = new HashMap<>();
  /** The CA certificate of an {@link #https} server, else null. */
  Path caFile;

  /** A server playing {@code version} that accepts {@link #API_KEY} and the login of {@link #USER}. */
  PortainerCli(String version, Map<String, String> environment) {
    fake = new FakePortainer(PortainerVersion.parse(version)).apiKey(API_KEY).user(USER, PASSWORD);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(fake);
    this.environment.putAll(environment);
  }

  /**
   * A server playing {@code version} over https, with environment 1 ("local"), its certificate
   * issued by a new CA under {@code dir}; {@link #caFile} is that CA's certificate. Started.
   */
  static PortainerCli https(String version, Map<String, String> environment, Path dir) {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("ca"), "Phoenix test CA", Duration.ofDays(1));
    IssuedCertificate certificate = ca.issueServer(List.of("localhost"), List.of("127.0.0.1"), Duration.ofDays(1));
    var serverTls = TlsContextFactory.create(new TlsMaterial(certificate.caFile(), certificate.certificateFile(),
        certificate.keyFile(), null), false);
    PortainerCli https = new PortainerCli(version, environment);
    https.caFile = ca.certificateFile();
    https.server.useHttps(serverTls.socketFactory());
    https.start();
    https.fake.environment(1, "local", null);
    return https;
  }

  /** Starts the server (after {@code useHttps}, if any). */
  PortainerCli start() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The server's address without a trailing slash ({@code http://127.0.0.1:PORT}). */
  String url() {
    String base = server.url("/").toString();
    return base.substring(0, base.length() - 1);
  }

  /** Runs {@code phoenix ARGS} with {@link #environment}. */
  CliResult run(String... args) {
    return run(environment, args);
  }

  /** Runs {@code phoenix ARGS} with {@code env} as the process environment. */
  static CliResult run(Map<String, String> env, String... args) {
    CliResult result = CliResult.run(env, args);
    assertThat(result.out() + result.err()).as("no secret printed by %s", List.of(args))
        .doesNotContain(API_KEY).doesNotContain(PASSWORD).doesNotContain("ptr_wRoNgKeY")
        .doesNotContain("\tat ");
    return result;
  }

  /** The requests received, as {@code METHOD PATH}. */
  List<String> routes() {
    return fake.requests().stream().map(r -> r.getMethod() + " " + r.getUrl().encodedPath()).toList();
  }

  /** The requests that change something (not GET). */
  List<RecordedRequest> writes() {
    return fake.requests().stream().filter(r -> !r.getMethod().equals("GET")).toList();
  }

  @Override
  public void close() {
    server.close();
  }
}
