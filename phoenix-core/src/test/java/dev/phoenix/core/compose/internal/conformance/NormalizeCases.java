package dev.phoenix.core.compose.internal.conformance;

import static dev.phoenix.core.compose.internal.conformance.Fixtures.assertSameTree;

import dev.phoenix.core.compose.internal.normalize.Canonicalizer;
import dev.phoenix.core.compose.internal.normalize.NormalizeOptions;
import dev.phoenix.core.compose.internal.normalize.Normalizer;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * {@code normalize/<case>/}: compose-go's {@code loader/normalize_test.go} cases. The input in
 * canonical form, normalized with the case's {@code env.json}, must equal the expected model in
 * canonical form (compose-go compares typed models, so both sides go through the canonicalizer).
 */
final class NormalizeCases {
  private static final String SECTION = "normalize";

  private NormalizeCases() {
  }

  /** One test per case directory. */
  static Stream<DynamicNode> cases(Path dir, Tally tally) throws IOException {
    List<Path> cases;
    try (Stream<Path> listing = Files.list(dir)) {
      cases = listing.filter(Files::isDirectory).sorted().toList();
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException("no case directories in " + dir);
    }
    return cases.stream().map(caseDir -> tally.test(SECTION, caseDir.getFileName().toString(), () -> check(caseDir)));
  }

  private static void check(Path dir) throws IOException {
    Map<String, String> environment = CaseData.strings(CaseData.read(dir.resolve("env.json")));
    YamlMap input = Fixtures.yaml(dir.resolve("input.yaml"));
    YamlMap expected = Fixtures.yaml(dir.resolve("expected.yaml"));
    NormalizeOptions options = new NormalizeOptions(String.valueOf(input.get("name")), dir, environment, dir, false, true, null);

    YamlMap actual = Normalizer.normalize(Canonicalizer.canonicalize(input, options), options);

    assertSameTree("expected.yaml (canonical form)", Canonicalizer.canonicalize(expected, options), actual);
  }
}
