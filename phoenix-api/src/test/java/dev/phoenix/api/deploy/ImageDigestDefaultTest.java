package dev.phoenix.api.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.PhoenixException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default digest lookup of a target, and an image failure outside any stack. */
class ImageDigestDefaultTest {

  @Test
  void aTargetThatCannotLookUpDigestsSaysSoInsteadOfAnsweringEmpty() {
    DeploymentTarget target = new DeploymentTarget() {
      @Override
      public String describe() {
        return "example target";
      }

      @Override
      public Plan plan(Stack stack, DeployOptions options) {
        throw new UnsupportedOperationException();
      }

      @Override
      public DeploymentResult apply(Stack stack, DeployOptions options, DeploymentListener listener) {
        throw new UnsupportedOperationException();
      }

      @Override
      public StackStatus status(String stack) {
        throw new UnsupportedOperationException();
      }

      @Override
      public RemovalResult remove(String stack, RemoveOptions options, DeploymentListener listener) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<StackSummary> list() {
        return List.of();
      }

      @Override
      public void close() {
      }
    };

    assertThatThrownBy(() -> target.imageDigest("busybox:1.36"))
        .isExactlyInstanceOf(PhoenixException.class)
        .hasMessage("example target: this kind of target cannot look up image digests");
  }

  @Test
  void anImageThatCannotBePulledOutsideAStackNamesTheImageAndTheAnswer() {
    ImageUnavailableException e = new ImageUnavailableException("127.0.0.1:1/app:1", "connection refused", null);

    assertThat(e).hasMessage("pull image 127.0.0.1:1/app:1 failed: connection refused");
    assertThat(e.image()).isEqualTo("127.0.0.1:1/app:1");
    assertThat(e.stack()).isNull();
    assertThat(e.completed()).isEmpty();
    assertThat(new ImageUnavailableException("shop", "web", "app:1", "gone", List.of(), null))
        .hasMessage("stack shop: image app:1 for service web failed: gone");
  }
}
