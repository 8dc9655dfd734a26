package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** compose-go's full example, read as compose reads it before interpolation. */
class FullExampleTest {
  private static final String FILE = "full-example.yml";
  private static YamlMap root;

  @BeforeAll
  static void read() throws IOException {
    Path example = Path.of(System.getProperty("phoenix.shared.dir"), "conformance/compose/full-example", FILE);
    List<YamlMap> documents = ComposeYaml.read(Files.readString(example), FILE);
    assertThat(documents).hasSize(1);
    root = documents.get(0);
  }

  @Test
  void topLevelKeys() {
    assertThat(root.keySet()).containsExactly("name", "services", "networks", "volumes", "configs", "secrets",
        "x-bar", "x-foo", "x-nested");
    assertThat(at("x-nested")).isEqualTo(java.util.Map.of("bar", "baz", "foo", "bar"));
  }

  @Test
  void octalModesAreIntegers() {
    assertThat(at("services", "foo", "build", "secrets", 1, "mode")).isEqualTo(288L);
    assertThat(at("services", "foo", "configs", 1, "mode")).isEqualTo(288L);
    assertThat(at("services", "foo", "secrets", 1, "mode")).isEqualTo(288L);
    assertThat(at("services", "foo", "secrets", 1, "uid")).isEqualTo("103");
  }

  @Test
  void portsAndExposeKeepTheirScalarTypes() {
    assertThat(at("services", "foo", "ports")).isEqualTo(Arrays.asList(3000L, "3001-3005", "8000:8000",
        "9090-9091:8080-8081", "49100:22", "127.0.0.1:8001:8001", "127.0.0.1:5000-5010:5000-5010"));
    assertThat(at("services", "foo", "expose")).isEqualTo(Arrays.asList("3000", 8000L));
  }

  @Test
  void otherScalars() {
    assertThat(at("services", "foo", "labels", "com.example.number")).isEqualTo(42L);
    assertThat((YamlMap) at("services", "foo", "labels")).containsEntry("com.example.empty-label", null);
    assertThat((YamlMap) at("services", "foo", "environment")).containsEntry("QUX", null);
    assertThat(at("services", "foo", "deploy", "resources", "limits", "cpus")).isEqualTo("0.001");
    assertThat(at("services", "foo", "deploy", "update_config", "max_failure_ratio")).isEqualTo(0.3);
    assertThat(at("services", "foo", "mac_address")).isEqualTo("02:42:ac:11:65:43");
    assertThat(at("services", "foo", "networks", "other-network", "ipv6_address")).isEqualTo("2001:3984:3989::10");
    assertThat(at("services", "foo", "privileged")).isEqualTo(true);
    assertThat(at("services", "foo", "sysctls", "net.ipv4.tcp_syncookies")).isEqualTo(0L);
    assertThat(at("services", "foo", "command")).isEqualTo("bundle exec thin -p 3000");
    assertThat(at("services", "foo", "entrypoint")).isEqualTo(List.of("/code/entrypoint.sh", "-p", "3000"));
    assertThat(at("services", "foo", "build", "tags", 2)).isEqualTo("${COMPOSE_PROJECT_NAME}:1.0.0");
    assertThat(at("services", "bar", "build", "dockerfile_inline"))
        .isEqualTo("FROM alpine\nRUN echo \"hello\" > /world.txt\n");
    assertThat(at("networks", "some-network")).isNull();
    assertThat(at("volumes", "other-volume", "driver_opts", "baz")).isEqualTo(1L);
  }

  @Test
  void positionsPointIntoTheFile() {
    assertThat(TreePath.locate(root, List.of("services", "foo", "build", "secrets", 1, "mode")))
        .isEqualTo(new SourceLocation(FILE, 35, 17));
    assertThat(TreePath.locate(root, List.of("services", "foo", "ports", 0)))
        .isEqualTo(new SourceLocation(FILE, 252, 9));
    assertThat(TreePath.locate(root, List.of("services", "foo", "environment", "QUX")))
        .isEqualTo(new SourceLocation(FILE, 155, 11));
    assertThat(((YamlMap) at("services", "bar")).location()).isEqualTo(new SourceLocation(FILE, 5, 5));
  }

  private static Object at(Object... path) {
    Object current = root;
    for (Object step : path) {
      current = step instanceof Integer index ? ((List<?>) current).get(index) : ((java.util.Map<?, ?>) current).get(step);
    }
    return current;
  }
}
