package dev.phoenix.core.compose.internal.conformance;

import static dev.phoenix.core.compose.internal.conformance.Fixtures.assertSameTree;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.core.compose.serialize.ComposeSerializer;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * {@code full-example/}: compose-go's {@code full-example.yml} through the whole loader, loaded as
 * compose-go's own test loads it (environment exactly {@code HOME}, {@code BAR}, {@code QUX}; paths
 * resolved; no normalization, no consistency check), then written by {@link ComposeSerializer} as
 * YAML and as JSON: each must read back as compose-go's marshalled project.
 */
final class FullExampleCases {
  private static final String SECTION = "full-example";

  private final Path dir;
  private final Path home;
  private ComposeProject project;

  private FullExampleCases(Path dir, Path home) {
    this.dir = dir;
    this.home = home;
  }

  /** Two tests, {@code full-example yaml} and {@code full-example json}, sharing one load. */
  static Stream<DynamicNode> cases(Path dir, Path home, Tally tally) {
    FullExampleCases cases = new FullExampleCases(dir, home);
    return Stream.of(
        tally.test(SECTION, "full-example yaml", cases::yaml),
        tally.test(SECTION, "full-example json", cases::json));
  }

  private void yaml() {
    String written = ComposeSerializer.toYaml(project(), true);
    assertSameTree("expected.yaml", Fixtures.yaml(expected("expected.yaml", UnaryOperator.identity()), "expected.yaml"),
        Fixtures.yaml(written, "ComposeSerializer.toYaml"));
  }

  private void json() {
    String written = ComposeSerializer.toJson(project(), true);
    // The placeholders stand inside JSON strings: what replaces them is escaped as JSON.
    assertSameTree("expected.json", Fixtures.json(expected("expected.json", FullExampleCases::jsonEscaped)),
        Fixtures.json(written));
  }

  private ComposeProject project() {
    if (project == null) {
      project = ComposeLoader.builder()
          .workingDirectory(dir)
          .file(dir.resolve("full-example.yml"))
          .environment(Map.of("HOME", home.toString(), "BAR", "this is a secret", "QUX", "qux_from_environment"))
          .normalize(false)
          .consistencyCheck(false)
          .resolvePaths(true)
          // compose-go's test ignores warnings; the test output is kept to the summary.
          .onWarning(warning -> { })
          .load();
    }
    return project;
  }

  /** An expected file with its placeholders replaced, as SOURCE.md says: textually, before parsing. */
  private String expected(String file, UnaryOperator<String> quote) {
    return Fixtures.text(dir.resolve(file))
        .replace("__WORKING_DIR__", quote.apply(dir.toString()))
        .replace("__HOME_DIR__", quote.apply(home.toString()));
  }

  private static String jsonEscaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
