package dev.phoenix.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class TestRegistryIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesWhatIsPushedAndStopsWhenClosed(DockerClient docker) throws Exception {
        String repository = "phx-it-" + UUID.randomUUID().toString().substring(0, 8) + "/busybox";
        String host;
        try (TestRegistry registry = TestRegistry.start()) {
            host = registry.host();
            assertThat(host).startsWith("127.0.0.1:");

            String pushed = registry.push(docker, TestImages.busybox(docker), repository + ":1");

            assertThat(pushed).isEqualTo(host + "/" + repository + ":1");
            assertThat(get("http://" + host + "/v2/" + repository + "/tags/list").body()).contains("\"1\"");
            // The tag made for the push is gone again: only the registry holds the image by that name.
            Assertions.assertThatThrownBy(() -> docker.inspectImageCmd(pushed).exec())
                    .isInstanceOf(NotFoundException.class);
        }
        Assertions.assertThatThrownBy(() -> get("http://" + host + "/v2/"))
                .isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
