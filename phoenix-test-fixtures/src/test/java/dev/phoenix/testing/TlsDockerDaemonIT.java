package dev.phoenix.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class TlsDockerDaemonIT {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String project = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    private OpensslCertificates ca;
    private OpensslCertificates.Issued server;
    private OpensslCertificates.Issued client;
    private Path clientDir;

    @BeforeEach
    void certificates() {
        ca = OpensslCertificates.createAuthority(dir.resolve("ca"), "phx-test-ca");
        server = ca.server("server", "IP:127.0.0.1");
        client = ca.client("client");
        clientDir = ca.clientDirectory(client, dir.resolve("client"));
    }

    @Test
    void servesContainersOverMutualTlsAndLeavesNothingBehind(DockerClient docker) throws Exception {
        String image = TestImages.busybox(docker);
        long startedAt = System.nanoTime();
        TlsDockerDaemon daemon = TlsDockerDaemon.start(ca.caCertificate(), server.certificate(), server.key());
        long started = System.nanoTime() - startedAt;
        String bridge = daemon.bridgeName();
        try (DockerClient tls = connect(daemon.host(), clientDir)) {
            Version version = tls.versionCmd().exec();
            assertThat(version.getApiVersion()).isNotBlank();

            daemon.loadImage(image, client.certificate(), client.key());
            assertThat(printed(tls, image)).isEqualTo("hello over tls\n");
            assertThat(servedThroughPublishedPort(tls, image)).isEqualTo("published\n");

            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + daemon.port() + "/version")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isEqualTo(400);
            assertThat(plain.body()).contains("Client sent an HTTP request to an HTTPS server");

            tls.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(TestLabel.KEY, project)).exec()
                    .forEach(c -> tls.removeContainerCmd(c.getId()).withForce(true).exec());
        } finally {
            long stoppingAt = System.nanoTime();
            daemon.close();
            long stopped = System.nanoTime() - stoppingAt;
            System.out.printf("TLS test daemon: started in %d ms, stopped in %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(started), TimeUnit.NANOSECONDS.toMillis(stopped));
        }
        // A second close does nothing.
        daemon.close();

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), daemon.port()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(HostCommand.exec("ip", "link", "show", bridge).succeeded()).isFalse();
        assertThat(HostCommand.exec("ip", "link", "show", "docker0").succeeded()).isTrue();
        assertThat(docker.versionCmd().exec().getApiVersion()).isNotBlank();
    }

    @Test
    void takesItsTlsSettingsFromADaemonJsonAndListensOnlyWhereTheFixtureSays(DockerClient docker)
            throws Exception {
        Path daemonJson = dir.resolve("daemon.json");
        Files.writeString(daemonJson, """
                {
                  "tlsverify": true,
                  "tlscacert": "%s",
                  "tlscert": "%s",
                  "tlskey": "%s",
                  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"],
                  "labels": ["%s=%s"]
                }
                """.formatted(ca.caCertificate(), server.certificate(), server.key(), TestLabel.KEY, project));

        try (TlsDockerDaemon daemon = TlsDockerDaemon.startFromDaemonJson(daemonJson);
                DockerClient tls = connect(daemon.host(), clientDir)) {
            assertThat(tls.infoCmd().exec().getLabels()).contains(TestLabel.KEY + "=" + project);
            assertThat(daemon.log()).contains("API listen on 127.0.0.1:" + daemon.port())
                    .doesNotContain("API listen on /var/run/docker.sock")
                    .doesNotContain("API listen on [::]:2376");
        }
        assertThat(docker.versionCmd().exec().getApiVersion()).isNotBlank();
    }

    @Test
    void failsWithTheDaemonsOwnWordsWhenItCannotStart() {
        // The client's key does not belong to the server certificate: dockerd refuses to start.
        assertThatThrownBy(() -> TlsDockerDaemon.start(ca.caCertificate(), server.certificate(), client.key()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dockerd exited")
                .hasMessageContaining("private key does not match public key");
        assertThat(HostCommand.exec("ip", "link", "show", "docker0").succeeded()).isTrue();
    }

    private String printed(DockerClient tls, String image) throws InterruptedException {
        String id = tls.createContainerCmd(image)
                .withCmd("sh", "-c", "echo hello over tls")
                .withLabels(Map.of(TestLabel.KEY, project))
                .exec().getId();
        tls.startContainerCmd(id).exec();
        tls.waitContainerCmd(id).start().awaitStatusCode(30, TimeUnit.SECONDS);
        StringBuilder out = new StringBuilder();
        tls.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
            }
        }).awaitCompletion(30, TimeUnit.SECONDS);
        return out.toString();
    }

    /** A user network and a port published on 127.0.0.1: the daemon's networking works. */
    private String servedThroughPublishedPort(DockerClient tls, String image) throws Exception {
        String network = tls.createNetworkCmd().withName(project).withLabels(Map.of(TestLabel.KEY, project))
                .exec().getId();
        int port = LoopbackPorts.free();
        ExposedPort http80 = ExposedPort.tcp(80);
        Ports bindings = new Ports();
        bindings.bind(http80, Ports.Binding.bindIpAndPort("127.0.0.1", port));
        String id = tls.createContainerCmd(image)
                .withCmd("sh", "-c", "mkdir -p /www && echo published > /www/index.html && httpd -f -p 80 -h /www")
                .withExposedPorts(http80)
                .withLabels(Map.of(TestLabel.KEY, project))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode(network).withPortBindings(bindings))
                .exec().getId();
        tls.startContainerCmd(id).exec();
        try {
            return getWithRetries("http://127.0.0.1:" + port + "/index.html");
        } finally {
            tls.removeContainerCmd(id).withForce(true).exec();
            tls.removeNetworkCmd(network).exec();
        }
    }

    private String getWithRetries(String url) throws InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No answer from " + url, last);
    }

    private static DockerClient connect(String host, Path certDir) {
        DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder()
                .withDockerHost(host)
                .withDockerTlsVerify(true)
                .withDockerCertPath(certDir.toString())
                .build();
        return DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofSeconds(60))
                .build());
    }
}
