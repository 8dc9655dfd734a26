package dev.phoenix.core.tls.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.context.DockerContextStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every precedence rule and conflict of the docker CLI 28's endpoint resolution, on a temporary configuration. */
class EndpointResolverTest {
  @TempDir
  Path config;
  @TempDir
  Path certs;

  private final Map<String, String> env = new HashMap<>();

  private DockerEndpoint resolve(String host, String context) {
    return EndpointResolver.resolve(env, config, host, context);
  }

  private DockerContextStore store() {
    return new DockerContextStore(config, Map.of());
  }

  private TlsMaterial writeCerts(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (String name : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
      Files.writeString(directory.resolve(name), name);
    }
    return TlsMaterial.inDirectory(directory);
  }

  private void tlsContext(String name) throws IOException {
    store().create(name, "tcp://10.0.0.5:2376", writeCerts(certs), false, null);
  }

  @Test
  void nothingSetMeansTheDefaultSocket() {
    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
    assertThat(endpoint.source()).isEqualTo("the default socket");
    assertThat(endpoint.usesTls()).isFalse();
    assertThat(endpoint.warnings()).isEmpty();
  }

  @Test
  void explicitHostComesFirst() throws IOException {
    tlsContext("prod");
    store().use("prod");
    env.put("DOCKER_HOST", "tcp://127.0.0.1:1");
    env.put("DOCKER_CONTEXT", "prod");

    DockerEndpoint endpoint = resolve("tcp://127.0.0.1:2375", null);

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://127.0.0.1:2375"));
    assertThat(endpoint.source()).isEqualTo("--host");
    assertThat(endpoint.tls()).isNull();
  }

  @Test
  void hostAndContextTogetherConflictAsInTheCli() throws IOException {
    tlsContext("prod");

    assertThatThrownBy(() -> resolve("tcp://127.0.0.1:2375", "prod"))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("conflicting options")
        .hasMessageContaining("--host tcp://127.0.0.1:2375")
        .hasMessageContaining("--context prod");
  }

  @Test
  void explicitContextWinsOverDockerHost() throws IOException {
    tlsContext("prod");
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");

    DockerEndpoint endpoint = resolve(null, "prod");

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://10.0.0.5:2376"));
    assertThat(endpoint.source()).isEqualTo("--context prod");
    Path stored = store().inspect("prod").tls().caCertificate().getParent();
    assertThat(endpoint.tls()).isEqualTo(TlsMaterial.inDirectory(stored));
    assertThat(endpoint.skipTlsVerify()).isFalse();
    assertThat(endpoint.warnings()).isEmpty();
  }

  @Test
  void dockerHostWinsOverDockerContextAndWarnsWhenTheContextUsesTls() throws IOException {
    tlsContext("prod");
    env.put("DOCKER_HOST", "tcp://10.0.0.5:2376");
    env.put("DOCKER_CONTEXT", "prod");

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://10.0.0.5:2376"));
    assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
    assertThat(endpoint.usesTls()).isFalse();
    assertThat(endpoint.warnings()).singleElement().asString()
        .contains("DOCKER_HOST=tcp://10.0.0.5:2376 overrides context \"prod\" (DOCKER_CONTEXT=prod), which uses TLS")
        .contains("Phoenix will speak plain HTTP to tcp://10.0.0.5:2376")
        .contains("unset DOCKER_HOST")
        .contains("DOCKER_TLS_VERIFY=1");
  }

  @Test
  void dockerHostOverCurrentContextWithTlsWarnsNamingConfigJson() throws IOException {
    tlsContext("prod");
    store().use("prod");
    env.put("DOCKER_HOST", "tcp://10.0.0.5:2376");

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
    assertThat(endpoint.warnings()).singleElement().asString()
        .contains("overrides context \"prod\" (currentContext in " + config.resolve("config.json") + ")");
  }

  @Test
  void dockerHostOverAPlainContextOrAMissingOneSaysNothing() {
    store().create("plain", "unix:///tmp/plain.sock", null, false, null);
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
    env.put("DOCKER_CONTEXT", "plain");
    assertThat(resolve(null, null).warnings()).isEmpty();

    env.put("DOCKER_CONTEXT", "absent");
    assertThat(resolve(null, null).source()).isEqualTo("DOCKER_HOST");
  }

  @Test
  void aContextWithOnlySkipTlsVerifyOnTheTlsPortCountsAsTls() {
    store().create("lab", "tcp://10.0.0.6:2376", null, true, null);
    env.put("DOCKER_HOST", "tcp://10.0.0.6:2376");
    env.put("DOCKER_CONTEXT", "lab");

    assertThat(resolve(null, null).warnings()).singleElement().asString().contains("overrides context \"lab\"");
  }

  @Test
  void dockerHostWithTlsOverATlsContextSaysWhichCertificatesAreUsed() throws IOException {
    tlsContext("prod");
    Path other = certs.resolve("other");
    writeCerts(other);
    env.put("DOCKER_HOST", "tcp://10.0.0.5:2376");
    env.put("DOCKER_CONTEXT", "prod");
    env.put("DOCKER_TLS_VERIFY", "1");
    env.put("DOCKER_CERT_PATH", other.toString());

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.tls()).isEqualTo(TlsMaterial.inDirectory(other));
    assertThat(endpoint.warnings()).singleElement().asString()
        .contains("overrides context \"prod\"").contains("certificates of DOCKER_CERT_PATH");
  }

  @Test
  void dockerContextComesBeforeCurrentContext() {
    store().create("alpha", "unix:///tmp/alpha.sock", null, false, null);
    store().create("beta", "unix:///tmp/beta.sock", null, false, null);
    store().use("alpha");
    env.put("DOCKER_CONTEXT", "beta");

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.host()).isEqualTo(URI.create("unix:///tmp/beta.sock"));
    assertThat(endpoint.source()).isEqualTo("DOCKER_CONTEXT=beta");
  }

  @Test
  void currentContextInConfigJsonComesBeforeTheDefaultSocket() {
    store().create("alpha", "unix:///tmp/alpha.sock", null, false, null);
    store().use("alpha");

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.host()).isEqualTo(URI.create("unix:///tmp/alpha.sock"));
    assertThat(endpoint.source()).isEqualTo("currentContext \"alpha\" in " + config.resolve("config.json"));
  }

  @Test
  void theDefaultContextByNameIsTheDefaultSocketOrDockerHost() {
    env.put("DOCKER_CONTEXT", "default");
    assertThat(resolve(null, null).host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));

    env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
    DockerEndpoint endpoint = resolve(null, "default");
    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://127.0.0.1:2375"));
    assertThat(endpoint.source()).isEqualTo("DOCKER_HOST (--context default)");
  }

  @Test
  void aContextThatDoesNotExistListsThoseThatDo() {
    store().create("alpha", "unix:///tmp/alpha.sock", null, false, null);
    env.put("DOCKER_CONTEXT", "nope");

    assertThatThrownBy(() -> resolve(null, null))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("docker context \"nope\" (DOCKER_CONTEXT=nope) does not exist")
        .hasMessageContaining("the contexts there are: default, alpha")
        .satisfies(e -> assertThat(((EndpointResolutionException) e).tried())
            .contains("DOCKER_HOST: not set"));
    assertThatThrownBy(() -> resolve(null, "gone")).hasMessageContaining("\"gone\" (--context gone) does not exist");
  }

  @Test
  void tlsVerifyIsOnForAnyNonEmptyValueEvenZero() throws IOException {
    writeCerts(certs);
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
    env.put("DOCKER_CERT_PATH", certs.toString());

    env.put("DOCKER_TLS_VERIFY", "0");
    DockerEndpoint verified = resolve(null, null);
    assertThat(verified.tls()).isEqualTo(TlsMaterial.inDirectory(certs));
    assertThat(verified.skipTlsVerify()).isFalse();

    env.put("DOCKER_TLS_VERIFY", "");
    DockerEndpoint plain = resolve(null, null);
    assertThat(plain.tls()).isNull();
    assertThat(plain.usesTls()).isFalse();
    assertThat(plain.warnings()).singleElement().asString().contains("TLS port").contains("plain HTTP");
  }

  @Test
  void dockerTlsWithoutVerifyIsTlsWithSkipVerify() throws IOException {
    writeCerts(certs);
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
    env.put("DOCKER_CERT_PATH", certs.toString());
    env.put("DOCKER_TLS", "1");

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.skipTlsVerify()).isTrue();
    assertThat(endpoint.usesTls()).isTrue();
    assertThat(endpoint.tls()).isEqualTo(TlsMaterial.inDirectory(certs));
  }

  @Test
  void theCertPathDefaultsToTheConfigDirectoryAndAlsoServesExplicitHosts() throws IOException {
    writeCerts(config);
    env.put("DOCKER_TLS_VERIFY", "1");

    DockerEndpoint endpoint = resolve("tcp://127.0.0.1:2376", null);

    assertThat(endpoint.tls()).isEqualTo(TlsMaterial.inDirectory(config));
    assertThat(endpoint.source()).isEqualTo("--host");
  }

  @Test
  void tlsWithoutAnyAddressGoesToTheLocalTlsPort() throws IOException {
    writeCerts(config);
    env.put("DOCKER_TLS_VERIFY", "1");

    assertThat(resolve(null, null).host()).isEqualTo(URI.create("tcp://localhost:2376"));
  }

  @Test
  void aMissingCaCertificateIsAnErrorNeverPlainHttp() {
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
    env.put("DOCKER_TLS_VERIFY", "1");
    env.put("DOCKER_CERT_PATH", certs.toString());

    assertThatThrownBy(() -> resolve(null, null))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining(certs.resolve("ca.pem") + " does not exist")
        .hasMessageContaining("DOCKER_CERT_PATH=" + certs)
        .hasMessageContaining("never falls back to plain HTTP");
  }

  @Test
  void aCertificateWithoutItsKeyIsAnErrorNamingTheKey() throws IOException {
    writeCerts(certs);
    Files.delete(certs.resolve("key.pem"));
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
    env.put("DOCKER_TLS_VERIFY", "1");
    env.put("DOCKER_CERT_PATH", certs.toString());

    assertThatThrownBy(() -> resolve(null, null))
        .hasMessageContaining("the client key " + certs.resolve("key.pem") + " does not exist");
  }

  @Test
  void aCaCertificateAloneIsTlsWithoutAClientCertificateAndSaysSo() throws IOException {
    writeCerts(certs);
    Files.delete(certs.resolve("key.pem"));
    Files.delete(certs.resolve("cert.pem"));
    env.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
    env.put("DOCKER_TLS_VERIFY", "1");
    env.put("DOCKER_CERT_PATH", certs.toString());

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.tls()).isEqualTo(new TlsMaterial(certs.resolve("ca.pem"), null, null, null));
    assertThat(endpoint.warnings()).singleElement().asString().contains("no client certificate");
  }

  @Test
  void addressesAreNormalizedAsTheCliDoes() throws IOException {
    assertThat(resolve("tcp://127.0.0.1", null).host()).isEqualTo(URI.create("tcp://127.0.0.1:2375"));
    assertThat(resolve("127.0.0.1:99", null).host()).isEqualTo(URI.create("tcp://127.0.0.1:99"));
    assertThat(resolve("tcp://", null).host()).isEqualTo(URI.create("tcp://localhost:2375"));
    assertThat(resolve("tcp://:99", null).host()).isEqualTo(URI.create("tcp://localhost:99"));
    assertThat(resolve(" tcp://127.0.0.1:99 ", null).host()).isEqualTo(URI.create("tcp://127.0.0.1:99"));
    assertThat(resolve("tcp://127.0.0.1:99/path", null).host()).isEqualTo(URI.create("tcp://127.0.0.1:99/path"));
    assertThat(resolve("tcp://[::1]:2376", null).host()).isEqualTo(URI.create("tcp://[::1]:2376"));
    assertThat(resolve("unix://", null).host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
    assertThat(resolve("unix:///tmp/d.sock", null).host()).isEqualTo(URI.create("unix:///tmp/d.sock"));
    assertThatThrownBy(() -> resolve("http://127.0.0.1:99", null))
        .hasMessageContaining("invalid engine address http://127.0.0.1:99 (--host)");
    assertThatThrownBy(() -> resolve("tcp://127.0.0.1:port", null)).hasMessageContaining("invalid engine address");
  }

  @Test
  void aMissingPortWithTlsIsThePlainPortAsInTheCliAndSaysSo() throws IOException {
    writeCerts(config);
    env.put("DOCKER_TLS_VERIFY", "1");
    env.put("DOCKER_HOST", "tcp://127.0.0.1");

    DockerEndpoint endpoint = resolve(null, null);

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://127.0.0.1:2375"));
    assertThat(endpoint.warnings()).singleElement().asString().contains("has no port").contains(":2376");
  }

  @Test
  void sshIsNotSupportedYetFromAnySource() {
    assertThatThrownBy(() -> resolve("ssh://me@10.0.0.5", null))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("ssh:// hosts are not supported by Phoenix yet (--host: ssh://me@10.0.0.5)");
    store().create("remote", "ssh://me@10.0.0.5", null, false, null);
    assertThatThrownBy(() -> resolve(null, "remote")).hasMessageContaining("ssh:// hosts are not supported");
  }

  @Test
  void aContextHostWithoutPortIsRefusedRatherThanSentToPort80() {
    store().create("noport", "tcp://10.0.0.5", null, false, null);

    assertThatThrownBy(() -> resolve(null, "noport"))
        .hasMessageContaining("context \"noport\"")
        .hasMessageContaining("without a host name and port");
  }

  @Test
  void tlsVerifyFromTheEnvironmentDoesNotApplyToAContext() {
    store().create("plain", "tcp://10.0.0.5:2375", null, false, null);
    env.put("DOCKER_TLS_VERIFY", "1");

    DockerEndpoint endpoint = resolve(null, "plain");

    assertThat(endpoint.usesTls()).isFalse();
    assertThat(endpoint.warnings()).singleElement().asString().contains("DOCKER_TLS_VERIFY is set but context");
  }

  @Test
  void theConfigDirectoryIsDockerConfigOrDotDockerInHome() {
    Path home = Path.of("/home/someone");
    assertThat(EndpointResolver.configDirectory(Map.of(), home)).isEqualTo(home.resolve(".docker"));
    assertThat(EndpointResolver.configDirectory(Map.of("DOCKER_CONFIG", "/etc/dc"), home)).isEqualTo(Path.of("/etc/dc"));
  }
}
