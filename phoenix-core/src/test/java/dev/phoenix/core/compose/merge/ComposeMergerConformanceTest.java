package dev.phoenix.core.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every compose-go merge case of the shared conformance data ({@code merge/<case>/}):
 * {@code merge(base, override)} must equal {@code expected}, for plain trees and for trees with
 * positions alike.
 */
class ComposeMergerConformanceTest {
  private static final Path CASES =
      Path.of(System.getProperty("phoenix.shared.dir", "../../shared"), "conformance", "compose", "merge");

  /**
   * Cases whose {@code expected.yaml} compose-go itself does not produce, with what it does
   * produce. {@code Test_mergeYamlModelsRuntimeFlagsMerge} was extracted from a test that is
   * commented out upstream ({@code override/merge_models_test.go}): compose-go has no rule for
   * {@code models.*.runtime_flags}, so the two lists are appended like any sequence.
   */
  private static final Map<String, String> DISABLED_UPSTREAM = Map.of("Test_mergeYamlModelsRuntimeFlagsMerge", """
      services:
        test:
          image: foo
      models:
        llm:
          model: ai/smollm2
          runtime_flags: ["--gpu", "--batch-size=32", "--fp16", "--batch-size=64"]
      """);

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    JsonNode index = new ObjectMapper().readTree(CASES.resolve("index.json").toFile());
    List<String> names = new ArrayList<>();
    index.forEach(entry -> names.add(entry.get("case").asText()));
    assertThat(names).hasSize(67);
    return names.stream().flatMap(name -> Stream.of(
        DynamicTest.dynamicTest(name + " (plain)", () -> check(name, false)),
        DynamicTest.dynamicTest(name + " (located)", () -> check(name, true))));
  }

  private static void check(String name, boolean located) throws IOException {
    Path dir = CASES.resolve(name);
    Map<String, Object> base = read(dir, "base", located);
    Map<String, Object> override = read(dir, "override", located);
    String expectedYaml = DISABLED_UPSTREAM.getOrDefault(name, Files.readString(dir.resolve("expected.yaml")));
    Map<String, Object> expected = TestTrees.plain(expectedYaml);

    Map<String, Object> baseBefore = TestTrees.plain(Files.readString(dir.resolve("base.yaml")));
    Map<String, Object> merged = ComposeMerger.merge(ComposeMerger.stripResets(base), override);

    assertThat(merged).isEqualTo(expected);
    assertThat(base).as("base left untouched").isEqualTo(baseBefore);
  }

  private static Map<String, Object> read(Path dir, String file, boolean located) throws IOException {
    String yaml = Files.readString(dir.resolve(file + ".yaml"));
    return located ? TestTrees.located(file + ".yaml", yaml) : TestTrees.plain(yaml);
  }
}
