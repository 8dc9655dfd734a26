package dev.phoenix.core.engine.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.phoenix.api.PhoenixException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What a digest lookup answers without an engine. */
class ImageDigestsTest {
  private static final String DIGEST = "sha256:" + "c".repeat(64);

  // Nothing listens there: any call to the engine would fail.
  private final ImageDigests digests = new ImageDigests(unusedClient());

  @Test
  void aReferenceWithADigestGivesItWithoutAskingTheEngine() {
    assertThat(digests.digest("127.0.0.1:5000/team/app:1@" + DIGEST)).contains(DIGEST);
    assertThat(digests.digest("busybox@" + DIGEST)).contains(DIGEST);
  }

  @Test
  void anInvalidReferenceIsAPhoenixErrorNamingIt() {
    assertThatThrownBy(() -> digests.digest("Team/App:1"))
        .isInstanceOf(PhoenixException.class)
        .hasMessageContaining("cannot look up the digest of image Team/App:1")
        .hasMessageContaining("not a valid image reference");
    assertThatThrownBy(() -> digests.digest("app@sha256:123"))
        .isInstanceOf(PhoenixException.class)
        .hasMessageContaining("app@sha256:123");
  }

  private static DockerClient unusedClient() {
    DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
        .withDockerHost("tcp://127.0.0.1:9").build();
    return DockerClientImpl.getInstance(config,
        new ZerodepDockerHttpClient.Builder().dockerHost(URI.create("tcp://127.0.0.1:9")).build());
  }
}
