package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.CertificateAuthority;
import dev.phoenix.core.tls.IssuedCertificate;
import dev.phoenix.core.tls.TlsContextFactory;
import dev.phoenix.portainer.testing.FakePortainer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code portainer} kind's address and environment variables: credentials, TLS, parameters. */
class PortainerTargetProviderTest {
  private static final Map<String, String> KEY = Map.of(PortainerTargetProvider.API_KEY, PortainerServer.API_KEY);

  private static String address(PortainerServer server, String query) {
    String base = server.server.url("/").toString();
    return base.substring(0, base.length() - 1) + query;
  }

  private static Map<String, String> with(String name, String value) {
    return Map.of(PortainerTargetProvider.API_KEY, PortainerServer.API_KEY, name, value);
  }

  @Test
  void aPrivateCaFromTheEnvironmentIsTrustedAndInsecureSkipsTheCheck(@TempDir Path dir) {
    CertificateAuthority ca = CertificateAuthority.create(dir.resolve("ca"), "Phoenix test CA", Duration.ofDays(1));
    IssuedCertificate certificate = ca.issueServer(List.of("localhost"), List.of("127.0.0.1"), Duration.ofDays(1));
    var serverTls = TlsContextFactory.create(new TlsMaterial(certificate.caFile(), certificate.certificateFile(),
        certificate.keyFile(), null), false);
    FakePortainer fake = new FakePortainer(PortainerVersion.parse("2.23.0")).environment(1, "local", null);
    try (PortainerServer server = PortainerServer.playing(fake)) {
      server.server.useHttps(serverTls.socketFactory());
      String address = address(server, "?endpoint=1");
      assertThat(address).startsWith("https://");
      try (DeploymentTarget trusted = DeploymentTarget.open("portainer", address,
          with(PortainerTargetProvider.CA, ca.certificateFile().toString()))) {
        assertThat(trusted.list()).isEmpty();
      }
      try (DeploymentTarget insecure = DeploymentTarget.open("portainer", address,
          with(PortainerTargetProvider.INSECURE, "true"))) {
        assertThat(insecure.list()).isEmpty();
      }
      try (DeploymentTarget untrusted = DeploymentTarget.open("portainer", address, KEY)) {
        assertThatThrownBy(untrusted::list).isInstanceOf(EngineUnreachableException.class);
      }
    }
  }

  @Test
  void refusesUnusableTlsSettings(@TempDir Path dir) {
    try (PortainerServer server = new PortainerServer()) {
      String address = address(server, "?endpoint=1");
      assertThatThrownBy(() -> DeploymentTarget.open("portainer", address,
          with(PortainerTargetProvider.INSECURE, "yes please")))
          .isInstanceOf(PhoenixException.class).hasMessageContaining(PortainerTargetProvider.INSECURE)
          .hasMessageContaining("true or false");
      assertThatThrownBy(() -> DeploymentTarget.open("portainer", address.replace("http://", "https://"),
          with(PortainerTargetProvider.CA, dir.resolve("missing.pem").toString())))
          .isInstanceOf(TlsConfigurationException.class).hasMessageContaining("missing.pem");
      assertThatThrownBy(() -> DeploymentTarget.open("portainer", address,
          with(PortainerTargetProvider.CA, dir.resolve("ca.pem").toString())))
          .isInstanceOf(PhoenixException.class).hasMessageContaining("not reached over https");
    }
  }

  @Test
  void refusesAnUnknownParameterOrABadEnvironmentId() {
    try (PortainerServer server = new PortainerServer()) {
      assertThatThrownBy(() -> DeploymentTarget.open("portainer", address(server, "?endpoint=1&insecure=true"), KEY))
          .isInstanceOf(PhoenixException.class).hasMessageContaining("unknown parameter 'insecure'")
          .hasMessageContaining(PortainerTargetProvider.INSECURE);
      assertThatThrownBy(() -> DeploymentTarget.open("portainer", address(server, "?endpoint=zero"), KEY))
          .isInstanceOf(PhoenixException.class).hasMessageContaining("?endpoint=N");
      assertThatThrownBy(() -> DeploymentTarget.open("portainer", "tcp://127.0.0.1:9443?endpoint=1", KEY))
          .isInstanceOf(PhoenixException.class).hasMessageContaining("http:// or https://");
    }
  }
}
