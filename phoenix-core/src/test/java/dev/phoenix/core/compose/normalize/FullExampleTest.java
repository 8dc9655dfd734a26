package dev.phoenix.core.compose.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.core.compose.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compose-go's {@code full-example.yml} loaded as compose-go's own test does (environment
 * {@code HOME, BAR, QUX}, paths resolved, normalisation off) must give {@code expected.yaml}.
 */
class FullExampleTest {
  private static final Path FIXTURE = TestTrees.shared().resolve("conformance/compose/full-example").toAbsolutePath().normalize();

  @TempDir
  Path home;

  @Test
  void fullExampleCanonicalizesToTheExpectedModel() throws IOException {
    YamlMap actual = canonicalFullExample();

    String expectedText = Files.readString(FIXTURE.resolve("expected.yaml"))
        .replace("__WORKING_DIR__", FIXTURE.toString())
        .replace("__HOME_DIR__", home.toString());
    YamlMap expected = TestTrees.yaml(expectedText, "expected.yaml");
    assertThat(TestTrees.differences(expected, actual)).as("differences from expected.yaml").isEmpty();
  }

  @Test
  void fileModeReadAsAnOctalNumberGivesTheSameText() throws IOException {
    YamlMap fromString = canonicalFullExample();
    YamlMap fromNumber = canonicalize(fullExample().replace("mode: 0440", "mode: 288"));

    assertThat(TestTrees.differences(fromString, fromNumber)).isEmpty();
  }

  @Test
  void normalizingTheFullExampleNamesResourcesAndAttachesOnlyServicesWithoutNetworkMode() throws IOException {
    YamlMap canonical = canonicalFullExample();
    NormalizeOptions options = options(true);

    YamlMap normalized = Normalizer.normalize(canonical, options);

    YamlMap networks = (YamlMap) normalized.get("networks");
    assertThat(networks.get("default")).isEqualTo(Map.of("name", "full_example_project_name_default"));
    assertThat(((YamlMap) networks.get("other-external-network")).get("name")).isEqualTo("my-cool-network");
    YamlMap volumes = (YamlMap) normalized.get("volumes");
    assertThat(((YamlMap) volumes.get("some-volume")).get("name")).isEqualTo("full_example_project_name_some-volume");
    assertThat(((YamlMap) volumes.get("external-volume")).get("name")).isEqualTo("external-volume");
    YamlMap services = (YamlMap) normalized.get("services");
    YamlMap foo = (YamlMap) services.get("foo");
    YamlMap bar = (YamlMap) services.get("bar");
    assertThat(bar.get("networks")).isEqualTo(Collections.singletonMap("default", null));
    assertThat(((YamlMap) foo.get("networks")).keySet()).doesNotContain("default");
    assertThat(((YamlMap) foo.get("depends_on")).keySet()).containsExactlyInAnyOrder("db", "redis");
    assertThat(((YamlMap) bar.get("build")).get("dockerfile")).isNull();
  }

  private YamlMap canonicalFullExample() throws IOException {
    return canonicalize(fullExample());
  }

  private YamlMap canonicalize(String text) {
    return Canonicalizer.canonicalize(TestTrees.yaml(text, "full-example.yml"), options(false));
  }

  private static String fullExample() throws IOException {
    return Files.readString(FIXTURE.resolve("full-example.yml")).replace("${COMPOSE_PROJECT_NAME}", "full_example_project_name");
  }

  private NormalizeOptions options(boolean normalize) {
    Map<String, String> environment = Map.of(
        "HOME", home.toString(),
        "BAR", "this is a secret",
        "QUX", "qux_from_environment");
    return new NormalizeOptions("full_example_project_name", FIXTURE, environment, home, true, normalize, new SimpleEnvFiles());
  }
}
