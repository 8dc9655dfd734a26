package dev.phoenix.core.compose.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.core.compose.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * compose-go's {@code loader/normalize_test.go} cases: the input in canonical form, normalised with
 * the case's environment, must equal the expected model in canonical form.
 */
class NormalizeConformanceTest {
  private static final Path CASES = TestTrees.shared().resolve("conformance/compose/normalize");

  @TestFactory
  Stream<DynamicTest> normalizeCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> listing = Files.list(CASES)) {
      cases = listing.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSize(9);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    Map<String, String> environment = new ObjectMapper().readValue(dir.resolve("env.json").toFile(), new TypeReference<>() { });
    YamlMap input = TestTrees.yaml(Files.readString(dir.resolve("input.yaml")), "input.yaml");
    YamlMap expected = TestTrees.yaml(Files.readString(dir.resolve("expected.yaml")), "expected.yaml");
    NormalizeOptions options = new NormalizeOptions(String.valueOf(input.get("name")), dir, environment, dir, false, true, null);

    YamlMap actual = Normalizer.normalize(Canonicalizer.canonicalize(input, options), options);

    YamlMap canonicalExpected = Canonicalizer.canonicalize(expected, options);
    assertThat(TestTrees.differences(canonicalExpected, actual)).as("differences from expected.yaml").isEmpty();
  }
}
