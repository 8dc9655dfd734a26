package dev.phoenix.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.LoopbackPorts;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestLabel;
import dev.phoenix.testing.TestRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Image digests looked up on the engine, for pinning: pulled from a private registry on 127.0.0.1. */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class ImageDigestIT {
  // Marks the images a test builds with its own value, so that they can be found and removed.
  private static final String OWNER_LABEL = "dev.phoenix.test.digest";

  private static TestRegistry registry;

  private final String project = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
  private DockerEngineTarget target;

  @BeforeAll
  static void startRegistry() {
    registry = TestRegistry.start();
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @BeforeEach
  void connect(DockerClient docker) {
    target = DockerEngineTarget.of(docker);
  }

  @AfterEach
  void removeImages(DockerClient docker) {
    target.close();
    for (Image image : docker.listImagesCmd().withLabelFilter(Map.of(OWNER_LABEL, project)).exec()) {
      try {
        docker.removeImageCmd(image.getId()).withForce(true).exec();
      } catch (NotFoundException e) {
        // Gone with an image listed before it.
      }
    }
  }

  @Test
  void pullsAnImageTheEngineLacksAndGivesTheDigestTheRegistryKnowsItBy(DockerClient docker, @TempDir Path context)
      throws Exception {
    // An image of its own, so that its RepoDigests hold this test's repository alone.
    String local = build(docker, context);
    String reference = registry.push(docker, local, project + "/app:1");
    docker.removeImageCmd(local).exec();
    assertThatThrownBy(() -> docker.inspectImageCmd(reference).exec()).isInstanceOf(NotFoundException.class);

    Optional<String> digest = target.imageDigest(reference);

    assertThat(digest).hasValueSatisfying(value -> assertThat(value).matches("sha256:[0-9a-f]{64}"));
    assertThat(docker.inspectImageCmd(reference).exec().getConfig().getLabels()).containsEntry(OWNER_LABEL, project);
    String repository = registry.host() + "/" + project + "/app";
    assertThat(EngineStack.docker("image", "inspect", "--format", "{{index .RepoDigests 0}}", reference).strip())
        .isEqualTo(repository + "@" + digest.get());
    assertThat(registryDigest(project + "/app", "1")).isEqualTo(digest.get());
    assertThat(target.imageDigest(reference)).isEqualTo(digest);
    assertThat(target.imageDigest(repository + ":1")).isEqualTo(digest);
  }

  @Test
  void anImageBuiltLocallyAndNeverPushedHasNoDigest(DockerClient docker) {
    TestImages.busybox(docker);

    assertThat(target.imageDigest(TestImages.BUSYBOX)).isEmpty();
    assertThat(target.imageDigest("docker.io/phoenix-test/busybox")).isEmpty();
  }

  @Test
  void anImageThatCannotBePulledNamesTheImageAndTheEnginesAnswer() {
    String reference = "127.0.0.1:" + LoopbackPorts.free() + "/" + project + "/absent:1";

    assertThatThrownBy(() -> target.imageDigest(reference))
        .isInstanceOfSatisfying(ImageUnavailableException.class, e -> assertThat(e.image()).isEqualTo(reference))
        .hasMessageContaining("pull image " + reference + " failed")
        .hasMessageContaining("connection refused");
  }

  @Test
  void aReferenceWithADigestGivesThatDigest() {
    String digest = "sha256:" + "0123456789abcdef".repeat(4);
    // Nothing could be pulled from a closed port: the answer comes from the reference alone.
    String reference = "127.0.0.1:" + LoopbackPorts.free() + "/" + project + "/app:1@" + digest;

    assertThat(target.imageDigest(reference)).contains(digest);
    assertThat(target.imageDigest(TestImages.BUSYBOX + "@" + digest)).contains(digest);
  }

  /** Builds {@code <project>-digest:1} from the busybox test image, labelled for clean-up. */
  private String build(DockerClient docker, Path context) throws IOException {
    String local = project + "-digest:1";
    Files.writeString(context.resolve("Dockerfile"), "FROM " + TestImages.busybox(docker) + "\n");
    Map<String, String> labels = new HashMap<>(TestLabel.asMap());
    labels.put(OWNER_LABEL, project);
    docker.buildImageCmd(context.toFile())
        .withTags(Set.of(local))
        .withLabels(labels)
        .withPull(false)
        .withForcerm(true)
        .exec(new BuildImageResultCallback())
        .awaitImageId(120, TimeUnit.SECONDS);
    return local;
  }

  /** The digest the registry answers for {@code repository:tag}, as a Docker schema 2 manifest. */
  private static String registryDigest(String repository, String tag) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://" + registry.host() + "/v2/" + repository + "/manifests/" + tag))
        .header("Accept", "application/vnd.docker.distribution.manifest.v2+json")
        .method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build();
    HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.headers().firstValue("Docker-Content-Digest").orElseThrow();
  }
}
