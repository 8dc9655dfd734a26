package dev.phoenix.core.compose.internal.yaml;

import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;

/**
 * The fast path of {@link ComposeYaml}: a hand-written scanner and parser for the YAML that
 * Compose files use ({@link FastParser}), several times faster than snakeyaml-engine's, whose
 * events go through the same {@link DocumentBuilder}, so that tags, anchors, merge keys, limits
 * and positions follow one set of rules.
 *
 * <p>It is never wrong, it only gives up: on anything outside its subset, and on any error at
 * all, it returns null, and the caller reads the text again with snakeyaml-engine, which reports
 * every error.
 */
final class FastYaml {
  private FastYaml() {
  }

  /** The documents of {@code content}, or null when the fast path gives up. */
  static List<YamlMap> read(String content, String fileName, YamlLimits limits) {
    try {
      FastEvents events = FastParser.events(content, limits.maxDepth());
      List<YamlMap> documents = ComposeYaml.documents(events, new DocumentBuilder(events, fileName, limits), fileName);
      return events.atLastEvent() ? documents : null;
    } catch (RuntimeException | StackOverflowError gaveUp) {
      // Whatever went wrong, snakeyaml-engine reads the text again and reports it.
      return null;
    }
  }
}
