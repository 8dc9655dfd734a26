package dev.phoenix.core.compose.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.core.compose.internal.yaml.FastPathOracle.Outcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random Compose-like documents, seeded: nested block mappings and sequences at varied
 * indentation, compact and indentless sequences, every scalar form with awkward text, multi-line
 * plain and quoted scalars, block scalars with their indicators, flow collections over lines,
 * anchors, aliases, merge keys, tags, comments and blank lines, CRLF, and a few mutations. Unlike
 * mutants of the corpus, most are valid, so they test that the fast path reads exactly what
 * snakeyaml-engine reads, not only that it gives up.
 */
class FastPathGeneratedTest {
  private static final long SEED = 77L;
  private static final int DOCUMENTS = 4_000;
  private static final String[] WORDS = {"a", "b c", "x:y", "80:80", "0755", "1e3", "true", "~", "-x", "?y", ":z",
      "a#b", "é", "😀", "1_000", ".5", "a,b", "a]b", "a{b", "null", "x - y", "k:", "%p", "@x", "`x", "1.0", "-",
      "a  b", "!x", "&x", "*x", "|x", ">x", "'q", "\"q", "#x"};

  private Random random;
  private int keys;

  @Test
  void generatedDocumentsReadTheSameOrAreLeftToTheSlowPath() {
    random = new Random(SEED);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (int i = 0; i < DOCUMENTS; i++) {
      String yaml = document();
      if (random.nextInt(4) == 0) {
        yaml = FastPathFuzzTest.mutate(yaml, random);
      }
      if (random.nextInt(10) == 0) {
        yaml = yaml.replace("\n", "\r\n");
      }
      outcomes.merge(FastPathOracle.check(yaml), 1, Integer::sum);
    }
    assertThat(outcomes.get(Outcome.SAME)).isGreaterThan(DOCUMENTS / 3);
  }

  private String document() {
    StringBuilder yaml = new StringBuilder("x: &a {q: 1}\n");
    keys = 0;
    mapping(yaml, 0, 1, false);
    if (random.nextInt(5) == 0) {
      yaml.append("---\n");
      mapping(yaml, 0, 1, false);
    }
    return yaml.toString();
  }

  private void mapping(StringBuilder yaml, int indent, int depth, boolean compact) {
    int entries = 1 + random.nextInt(4);
    for (int i = 0; i < entries; i++) {
      yaml.append(blankLines());
      if (!(compact && i == 0)) {
        yaml.append(" ".repeat(indent));
      }
      yaml.append(key()).append(random.nextInt(8) == 0 ? " " : "").append(":");
      value(yaml, indent, depth);
    }
  }

  private void value(StringBuilder yaml, int indent, int depth) {
    String properties = properties();
    String alone = properties.isEmpty() ? "" : " " + properties.trim();
    switch (random.nextInt(12)) {
      case 0 -> {
        if (depth < 5) {
          yaml.append(alone).append(comment()).append("\n");
          mapping(yaml, indent + 1 + random.nextInt(3), depth + 1, false);
        } else {
          yaml.append(" ").append(plain()).append("\n");
        }
      }
      case 1 -> {
        if (depth < 5) {
          yaml.append(alone).append(comment()).append("\n");
          sequence(yaml, random.nextBoolean() ? indent : indent + 1 + random.nextInt(2), depth + 1);
        } else {
          yaml.append(" ").append(plain()).append("\n");
        }
      }
      case 2 -> yaml.append(" ").append(properties).append(blockScalar(indent));
      case 3 -> yaml.append(" ").append(properties).append(quoted()).append(comment()).append("\n");
      case 4 -> yaml.append(" ").append(properties).append(flow(0)).append(comment()).append("\n");
      case 5 -> yaml.append(alone).append(comment()).append("\n");
      case 6 -> yaml.append(" *a").append(comment()).append("\n");
      default -> yaml.append(" ").append(properties).append(multiLinePlain(indent + 1)).append(comment()).append("\n");
    }
  }

  private void sequence(StringBuilder yaml, int indent, int depth) {
    int items = 1 + random.nextInt(3);
    for (int i = 0; i < items; i++) {
      yaml.append(blankLines()).append(" ".repeat(indent)).append("-");
      switch (random.nextInt(8)) {
        case 0 -> {
          int extra = 1 + random.nextInt(2);
          yaml.append(" ".repeat(extra));
          mapping(yaml, indent + 1 + extra, depth + 1, true);
        }
        case 1 -> {
          yaml.append(" - ").append(plain()).append("\n");
          if (random.nextBoolean()) {
            yaml.append(" ".repeat(indent + 2)).append("- ").append(plain()).append("\n");
          }
        }
        case 2 -> {
          yaml.append(comment()).append("\n");
          if (random.nextBoolean()) {
            mapping(yaml, indent + 1 + random.nextInt(2), depth + 1, false);
          }
        }
        default -> {
          StringBuilder item = new StringBuilder();
          value(item, indent, depth);
          yaml.append(item.charAt(0) == ' ' || item.charAt(0) == '\n' ? "" : " ").append(item);
        }
      }
    }
  }

  private String key() {
    keys++;
    return switch (random.nextInt(30)) {
      case 0 -> "\"k" + keys + "\"";
      case 1 -> "'k " + keys + "'";
      case 2 -> "<<";
      default -> "k" + keys + (random.nextBoolean() ? "" : ".x");
    };
  }

  private String properties() {
    return switch (random.nextInt(10)) {
      case 0 -> "&a ";
      case 1 -> "!reset ";
      case 2 -> "!override ";
      case 3 -> "!override &a ";
      case 4 -> "&a !reset ";
      default -> "";
    };
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  /** A word that starts a plain scalar and does not end it, in block or flow context. */
  private String plain(boolean flow) {
    while (true) {
      String word = word();
      char next = word.length() > 1 ? word.charAt(1) : 0;
      if (FastScalars.startsPlain(word.charAt(0), next, flow) && !word.contains(": ") && !word.endsWith(":")
          && !word.contains(" #") && !(flow && word.matches(".*[,\\[\\]{}].*"))) {
        return word;
      }
    }
  }

  private String plain() {
    return plain(false);
  }

  private String multiLinePlain(int indent) {
    StringBuilder text = new StringBuilder(plain());
    for (int line = random.nextInt(3); line > 0; line--) {
      int shift = random.nextInt(4) - (random.nextInt(5) == 0 ? 1 : 0);
      text.append(random.nextInt(4) == 0 ? "\n\n" : "\n").append(" ".repeat(Math.max(0, indent + shift))).append(plain());
    }
    return text.toString();
  }

  private String quoted() {
    boolean isDouble = random.nextBoolean();
    StringBuilder text = new StringBuilder().append(isDouble ? '"' : '\'');
    for (int part = 1 + random.nextInt(4); part > 0; part--) {
      text.append(switch (random.nextInt(12)) {
        case 0 -> isDouble ? "\\n" : "''";
        case 1 -> isDouble ? "\\\"" : "\"";
        case 2 -> "\n" + " ".repeat(random.nextInt(5));
        case 3 -> "\n\n" + " ".repeat(random.nextInt(3));
        case 4 -> isDouble ? "\\\n  " : " ";
        case 5 -> isDouble ? "\\x41\\u00e9" : "\\";
        case 6 -> "  ";
        case 7 -> "\t";
        default -> word().replace("\"", "").replace("'", "");
      });
    }
    return text.append(isDouble ? '"' : '\'').toString();
  }

  private String blockScalar(int indent) {
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "|" : ">");
    switch (random.nextInt(6)) {
      case 0 -> text.append('-');
      case 1 -> text.append('+');
      case 2 -> text.append(1 + random.nextInt(3));
      case 3 -> text.append(1 + random.nextInt(2)).append(random.nextBoolean() ? '-' : '+');
      default -> {
      }
    }
    text.append(comment()).append('\n');
    int base = indent + 1 + random.nextInt(3);
    for (int line = 1 + random.nextInt(4); line > 0; line--) {
      switch (random.nextInt(8)) {
        case 0 -> text.append('\n');
        case 1 -> text.append(" ".repeat(base + 1 + random.nextInt(3))).append("more ").append(word()).append('\n');
        case 2 -> text.append(" ".repeat(random.nextInt(base + 3))).append('\n');
        default -> text.append(" ".repeat(base)).append(word()).append(random.nextInt(5) == 0 ? " " : "").append('\n');
      }
    }
    return text.toString();
  }

  private String flow(int depth) {
    boolean isMapping = random.nextBoolean();
    StringBuilder text = new StringBuilder().append(isMapping ? '{' : '[');
    int entries = random.nextInt(4);
    for (int i = 0; i < entries; i++) {
      if (i > 0) {
        text.append(',').append(random.nextInt(5) == 0 ? "\n  " : spaces());
      }
      if (isMapping) {
        text.append(random.nextInt(4) == 0 ? quoted().replace("\n", " ") : plain(true)).append(':')
            .append(random.nextInt(6) == 0 ? "" : " ");
      }
      switch (random.nextInt(6)) {
        case 0 -> text.append(depth < 3 ? flow(depth + 1) : plain(true));
        case 1 -> text.append(quoted());
        case 2 -> text.append("*a");
        default -> text.append(plain(true));
      }
    }
    if (random.nextInt(5) == 0) {
      text.append(',');
    }
    return text.append(random.nextInt(5) == 0 ? "\n" : "").append(isMapping ? '}' : ']').toString();
  }

  private String spaces() {
    int kind = random.nextInt(10);
    return kind < 7 ? " " : kind < 9 ? "  " : "";
  }

  private String comment() {
    return random.nextInt(6) == 0 ? spaces() + "# c" + (random.nextBoolean() ? ": x" : "") : "";
  }

  private String blankLines() {
    return switch (random.nextInt(10)) {
      case 0 -> "\n";
      case 1 -> "  \n";
      case 2 -> "# x\n";
      case 3 -> "   # y\n";
      default -> "";
    };
  }
}
