package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compose-go's {@code full-example.yml} canonicalized and normalized directly, with the environment
 * of compose-go's own test ({@code HOME, BAR, QUX}). Its comparison with {@code expected.yaml} is a
 * shared conformance case, run through the whole loader by {@code ComposeConformanceTest}.
 */
class FullExampleTest {
  private static final Path FIXTURE = Path.of(System.getProperty("phoenix.shared.dir"), "conformance", "compose", "full-example")
      .toAbsolutePath().normalize();

  @TempDir
  Path home;

  @Test
  void fileModeWrittenAsAStringGivesTheSameTextAsTheOctalNumber() throws IOException {
    YamlMap fromNumber = canonicalFullExample();
    YamlMap fromString = canonicalize(fullExample().replace("mode: 0440", "mode: \"0440\""));

    assertThat(Fixtures.differences(fromString, fromNumber)).isEmpty();
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
    return Canonicalizer.canonicalize(Fixtures.yaml(text, "full-example.yml"), options(false));
  }

  private static String fullExample() throws IOException {
    return Files.readString(FIXTURE.resolve("full-example.yml")).replace("${COMPOSE_PROJECT_NAME}", "full_example_project_name");
  }

  private NormalizeOptions options(boolean normalize) {
    Map<String, String> environment = Map.of(
        "HOME", home.toString(),
        "BAR", "this is a secret",
        "QUX", "qux_from_environment");
    return new NormalizeOptions("full_example_project_name", FIXTURE, environment, home, true, normalize, Fixtures::envFile);
  }
}
