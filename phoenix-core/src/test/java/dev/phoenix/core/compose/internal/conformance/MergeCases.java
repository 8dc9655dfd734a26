package dev.phoenix.core.compose.internal.conformance;

import static dev.phoenix.core.compose.internal.conformance.Fixtures.assertSameTree;

import dev.phoenix.core.compose.internal.merge.ComposeMerger;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * {@code merge/<case>/}: compose-go's multi-file merge cases. The three files are read with
 * {@link dev.phoenix.core.compose.internal.yaml.ComposeYaml}, and {@code merge(stripResets(base), override)}
 * must equal {@code expected.yaml}, for the trees as read and for plain copies of them alike.
 */
final class MergeCases {
  private static final String SECTION = "merge";

  /**
   * {@code Test_mergeYamlModelsRuntimeFlagsMerge} was extracted from a test that is commented out
   * upstream ({@code override/merge_models_test.go}): compose-go has no rule for
   * {@code models.*.runtime_flags}, so the two lists are appended like any sequence. Its test
   * asserts that; against the shared expectation it counts as failed.
   */
  private static final String DISPUTED = "Test_mergeYamlModelsRuntimeFlagsMerge";
  private static final String DISPUTE = "upstream test is commented out; compose-go appends runtime_flags";
  private static final String DISPUTED_UPSTREAM = """
      services:
        test:
          image: foo
      models:
        llm:
          model: ai/smollm2
          runtime_flags: ["--gpu", "--batch-size=32", "--fp16", "--batch-size=64"]
      """;

  private MergeCases() {
  }

  /** One test per entry of {@code index.json}. */
  static Stream<DynamicNode> cases(Path dir, Tally tally) throws IOException {
    return CaseData.array(CaseData.read(dir.resolve("index.json")), "in index.json").stream()
        .map(entry -> entry.get("case").asText())
        .map(name -> {
          Path caseDir = dir.resolve(name);
          if (name.equals(DISPUTED)) {
            return tally.disputed(SECTION, name, DISPUTE,
                () -> check(caseDir, Fixtures.yaml(caseDir.resolve("expected.yaml"))),
                () -> check(caseDir, Fixtures.yaml(DISPUTED_UPSTREAM, "compose-go")));
          }
          return tally.test(SECTION, name, () -> check(caseDir, Fixtures.yaml(caseDir.resolve("expected.yaml"))));
        });
  }

  @SuppressWarnings("unchecked")
  private static void check(Path dir, YamlMap expected) {
    YamlMap base = Fixtures.yaml(dir.resolve("base.yaml"));
    YamlMap override = Fixtures.yaml(dir.resolve("override.yaml"));
    Object baseBefore = Fixtures.plain(base);

    Map<String, Object> merged = ComposeMerger.merge(ComposeMerger.stripResets(base), override);

    assertSameTree("expected.yaml", expected, merged);
    assertSameTree("base.yaml, which merging must leave untouched", baseBefore, base);
    Map<String, Object> plainMerged = ComposeMerger.merge(
        ComposeMerger.stripResets((Map<String, Object>) Fixtures.plain(Fixtures.yaml(dir.resolve("base.yaml")))),
        (Map<String, Object>) Fixtures.plain(Fixtures.yaml(dir.resolve("override.yaml"))));
    assertSameTree("the merge of the trees as read (merging plain copies)", merged, plainMerged);
  }
}
