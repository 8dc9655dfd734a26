package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.core.compose.internal.yaml.FastPathOracle.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutations of the corpus (lines deleted, repeated, swapped or re-indented; indicators, quotes,
 * anchors, tags, tabs and breaks inserted), seeded so that every run checks the same texts. For
 * each, either both paths fail and only snakeyaml-engine's error is reported, or the fast path
 * gives up, or both give the same documents and positions.
 */
class FastPathFuzzTest {
  private static final long SEED = 20_261_123L;
  private static final int MUTANTS = 6_000;
  private static final String[] INSERTS = {
      ":", ": ", "-", "- ", "#", " #", "'", "\"", "&a ", "*a", "*a ", "!", "!reset ", "!!str ", "!override ",
      "\t", "[", "]", "{", "}", ",", ", ", "|", ">", "|-", ">+2", "? ", "---\n", "...\n", "\n", " ", "  ",
      "\\", "\\n", "%", "@", "`", "<<: *a\n", "<<: ", "\r\n", "\r", "😀", "é", "\u0085", "\uFEFF", "x: y\n",
      "- x\n", "&a", "'a: b'", "\"\\x4", "0755", "~", "{}", "[]"};

  @Test
  void mutantsReadTheSameOrAreLeftToTheSlowPath() {
    List<String> seeds = new ArrayList<>(FastPathCorpus.SNIPPETS);
    FastPathCorpus.files().stream()
        .filter(file -> file.toString().contains("normalize") || file.toString().contains("full-example")
            || file.toString().contains("TestMergeVolumes") || file.toString().contains("examples"))
        .map(FastPathCorpus::read)
        .forEach(seeds::add);
    Random random = new Random(SEED);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (int i = 0; i < MUTANTS; i++) {
      String mutant = seeds.get(random.nextInt(seeds.size()));
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutant = mutate(mutant, random);
      }
      outcomes.merge(FastPathOracle.check(mutant), 1, Integer::sum);
    }
    // The mutants must exercise all three outcomes, or the test proves little.
    assertThat(outcomes.get(Outcome.SAME)).isGreaterThan(MUTANTS / 10);
    assertThat(outcomes.get(Outcome.GAVE_UP_ON_ERROR)).isGreaterThan(MUTANTS / 10);
    assertThat(outcomes.get(Outcome.GAVE_UP_ON_VALID)).isGreaterThan(MUTANTS / 100);
  }

  static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (random.nextInt(8)) {
      case 0 -> lines.remove(line);
      case 1 -> lines.add(line, lines.get(line));
      case 2 -> {
        int other = random.nextInt(lines.size());
        String swapped = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, swapped);
      }
      case 3 -> lines.set(line, " ".repeat(1 + random.nextInt(3)) + lines.get(line));
      case 4 -> lines.set(line, lines.get(line).replaceFirst("^ {1,2}", ""));
      case 5 -> {
        if (text.isEmpty()) {
          return text;
        }
        int at = random.nextInt(text.length());
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(3)));
      }
      default -> {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
      }
    }
    return String.join("\n", lines);
  }
}
