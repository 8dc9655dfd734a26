package dev.phoenix.core.engine.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** References read and repositories normalized as Docker does, and digests picked from RepoDigests. */
class ImageReferenceTest {
  private static final String A = "sha256:" + "a".repeat(64);
  private static final String B = "sha256:" + "b".repeat(64);

  @ParameterizedTest
  @CsvSource(nullValues = "null", delimiter = '|', value = {
      "busybox                                 | docker.io/library/busybox        | null",
      "busybox:1.36                            | docker.io/library/busybox        | 1.36",
      "library/busybox                         | docker.io/library/busybox        | null",
      "docker.io/busybox:latest                | docker.io/library/busybox        | latest",
      "index.docker.io/library/busybox         | docker.io/library/busybox        | null",
      "traefik/whoami:v1.10                    | docker.io/traefik/whoami         | v1.10",
      "127.0.0.1:5000/team/app:1               | 127.0.0.1:5000/team/app          | 1",
      "localhost/app                           | localhost/app                    | null",
      "localhost:5000/app:dev                  | localhost:5000/app               | dev",
      "ghcr.io/owner/app                       | ghcr.io/owner/app                | null",
      "registry.example.com:443/a/b/c:x_y-z.1  | registry.example.com:443/a/b/c   | x_y-z.1",
      "[::1]:5000/app:1                        | [::1]:5000/app                   | 1",
      "Registry/app                            | Registry/app                     | null",
      "my_org/my-app__x.y                      | docker.io/my_org/my-app__x.y     | null"})
  void normalizesTheRepositoryAsDockerDoes(String reference, String repository, String tag) {
    ImageReference parsed = ImageReference.parse(reference);

    assertThat(parsed.repository()).isEqualTo(repository);
    assertThat(parsed.tag()).isEqualTo(tag);
    assertThat(parsed.digest()).isNull();
  }

  @Test
  void readsADigestWithOrWithoutATag() {
    assertThat(ImageReference.parse("busybox@" + A))
        .isEqualTo(new ImageReference("docker.io", "library/busybox", null, A));
    assertThat(ImageReference.parse("127.0.0.1:5000/team/app:1@" + A))
        .isEqualTo(new ImageReference("127.0.0.1:5000", "team/app", "1", A));
    String sha512 = "sha512:" + "0".repeat(128);
    assertThat(ImageReference.parse("app@" + sha512).digest()).isEqualTo(sha512);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Busybox", "busybox:", "busybox:-x", ":1", "a//b", "-app", "app-", "app:1 2",
      "app@sha256:abc", "app@sha256", "http://registry/app", "app:1:2"})
  void refusesWhatIsNotAReference(String reference) {
    assertThatThrownBy(() -> ImageReference.parse(reference))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reference.isEmpty() ? "empty" : reference);
  }

  @Test
  void saysWhyAReferenceIsRefused() {
    assertThatThrownBy(() -> ImageReference.parse("Busybox")).hasMessageContaining("must be lowercase");
    assertThatThrownBy(() -> ImageReference.parse("app:V 1")).hasMessageNotContaining("lowercase");
    assertThatThrownBy(() -> ImageReference.parse("app@sha256:" + "a".repeat(63)))
        .hasMessageContaining("a sha256 digest is 64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> ImageReference.parse("app@sha256:" + "A".repeat(64)))
        .hasMessageContaining("a sha256 digest is 64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> ImageReference.parse("app@md5:" + "a".repeat(32)))
        .hasMessageContaining("unknown digest algorithm md5");
    assertThatThrownBy(() -> ImageReference.parse("f".repeat(64))).hasMessageContaining("is an image ID");
    assertThatThrownBy(() -> ImageReference.parse("a/" + "b".repeat(254))).hasMessageContaining("longer than 255");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "busybox                          | busybox@",
      "busybox:1.36                     | docker.io/library/busybox@",
      "docker.io/library/busybox:latest | busybox@",
      "index.docker.io/busybox          | busybox@",
      "traefik/whoami:v1                | traefik/whoami@",
      "127.0.0.1:5000/team/app:1        | 127.0.0.1:5000/team/app@",
      "localhost/app                    | localhost/app@"})
  void findsTheDigestOfTheSameRepositoryWhateverTheSpelling(String reference, String entry) {
    assertThat(ImageReference.parse(reference).digestIn(List.of(entry + A))).contains(A);
  }

  @Test
  void takesTheEntryOfItsOwnRepositoryAmongOthers() {
    List<String> entries = List.of("127.0.0.1:5001/team/app@" + B, "team/app@" + B, "127.0.0.1:5000/team/app@" + A,
        "127.0.0.1:5000/team/app@" + B);

    assertThat(ImageReference.parse("127.0.0.1:5000/team/app:1").digestIn(entries)).contains(A);
    assertThat(ImageReference.parse("team/app:1").digestIn(entries)).contains(B);
  }

  @Test
  void isEmptyWhenNoEntryIsOfItsRepository() {
    ImageReference local = ImageReference.parse("phoenix-test/busybox:latest");

    assertThat(local.digestIn(List.of("127.0.0.1:5000/phoenix-test/busybox@" + A, "phoenix-test/busybox2@" + A)))
        .isEmpty();
    assertThat(ImageReference.parse("127.0.0.1:5000/x/y").digestIn(List.of("x/y@" + A))).isEmpty();
    assertThat(local.digestIn(List.of())).isEmpty();
    assertThat(local.digestIn(null)).isEmpty();
  }

  @Test
  void passesOverEntriesThatAreNotDigestReferences() {
    List<String> entries =
        Arrays.asList("<none>@<none>", "phoenix-test/busybox:latest", null, "phoenix-test/busybox@" + A);

    assertThat(ImageReference.parse("phoenix-test/busybox").digestIn(entries)).contains(A);
  }
}
