package dev.phoenix.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerTestEngineTest {

    @Test
    void usesDockerHostWhenSetElseTheDefaultSocket() {
        assertThat(DockerTestEngine.dockerHost(Map.of())).isEqualTo("unix:///var/run/docker.sock");
        assertThat(DockerTestEngine.dockerHost(Map.of("DOCKER_HOST", " "))).isEqualTo("unix:///var/run/docker.sock");
        assertThat(DockerTestEngine.dockerHost(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2376")))
                .isEqualTo("tcp://127.0.0.1:2376");
    }

    @Test
    void failsWithHowToStartAnEngineWhenNoneAnswers(@TempDir Path dir) {
        String host = "unix://" + dir.resolve("docker.sock");

        assertThatThrownBy(() -> DockerTestEngine.connect(Map.of("DOCKER_HOST", host)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("No Docker engine answers at " + host)
                .hasMessageContaining("dockerd")
                .hasMessageContaining("DOCKER_HOST");
    }

    @Test
    void refusesATlsDirectoryWithoutClientCertificate(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "not used");

        assertThatThrownBy(() -> DockerTestEngine.connect(Map.of(
                        "DOCKER_HOST", "tcp://127.0.0.1:1",
                        "DOCKER_TLS_VERIFY", "1",
                        "DOCKER_CERT_PATH", dir.toString())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cert.pem is missing");
    }
}
