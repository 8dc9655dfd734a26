package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.yaml.FastPathOracle.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path against snakeyaml-engine's path: on every Compose file at hand and on hand-written
 * snippets, it gives exactly the same documents, positions included, or it gives up.
 */
class FastPathDifferentialTest {

  @Test
  void everyComposeFileReadsTheSameAndNoneIsLeftToTheSlowPath() {
    List<Path> files = FastPathCorpus.files();
    assertThat(files).hasSizeGreaterThan(200);
    for (Path file : files) {
      assertThat(FastPathOracle.check(FastPathCorpus.read(file))).as(file.toString()).isEqualTo(Outcome.SAME);
    }
  }

  @Test
  void theFullExampleIsReadByTheFastPath() {
    Path example = Path.of(System.getProperty("phoenix.shared.dir"), "conformance/compose/full-example/full-example.yml");
    String yaml = FastPathCorpus.read(example);
    assertThat(ComposeYaml.readFast(yaml, "full-example.yml", YamlLimits.DEFAULT)).isNotNull();
    assertThat(FastPathOracle.check(yaml)).isEqualTo(Outcome.SAME);
  }

  @Test
  void snippetsOfTheSubsetAreReadByTheFastPathExactlyAsBySnakeYaml() {
    for (String snippet : FastPathCorpus.READ_FAST) {
      assertThat(ComposeYaml.readFast(snippet, "compose.yaml", YamlLimits.DEFAULT)).as(snippet).isNotNull();
      assertThat(FastPathOracle.check(snippet)).as(snippet).isEqualTo(Outcome.SAME);
    }
  }

  @Test
  void snippetsOutsideTheSubsetAreLeftToSnakeYaml() {
    for (String snippet : FastPathCorpus.LEFT_TO_SNAKEYAML) {
      assertThat(FastPathOracle.check(snippet)).as(snippet).isNotEqualTo(Outcome.SAME);
    }
  }

  @Test
  void anEscapeBeyondIntRangeIsASyntaxErrorWithItsPosition() {
    assertThatThrownBy(() -> ComposeYaml.read("a: 1\nb: \"x\\UFFFFFFFF\"\n", "compose.yaml"))
        .isInstanceOf(ComposeSyntaxException.class)
        .hasMessage("compose.yaml:2:6: b: found unknown escape character \\UFFFFFFFF in a double-quoted scalar");
  }

  @Test
  void limitsGiveTheSameResultOrLeaveTheErrorToTheSlowPath() {
    String yaml = "a: &a {x: 1, y: [1, 2]}\nb: &b {<<: [*a, *a], z: *a}\nc: [*b, *b, [[[1]]]]\n";
    for (int maxNodes = 1; maxNodes < 60; maxNodes++) {
      for (int maxDepth = 1; maxDepth < 7; maxDepth++) {
        for (int maxAliases = 0; maxAliases < 8; maxAliases++) {
          FastPathOracle.check(yaml, new YamlLimits(1000, maxAliases, maxDepth, maxNodes));
        }
      }
    }
    assertThat(FastPathOracle.check(yaml)).isEqualTo(Outcome.SAME);
  }
}
