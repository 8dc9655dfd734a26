package dev.phoenix.core.compose.internal.yaml;

import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;

/**
 * Runs both paths of {@link ComposeYaml} on one text and says how they compare; fails on the only
 * outcome that must never happen: the fast path giving a result that is not exactly the one
 * snakeyaml-engine's path gives.
 */
final class FastPathOracle {
  /** How the fast path fared against the snakeyaml-engine path. */
  enum Outcome {
    /** Both gave the same documents, positions included. */
    SAME,
    /** The fast path gave up; snakeyaml-engine's path read the text. */
    GAVE_UP_ON_VALID,
    /** The fast path gave up; snakeyaml-engine's path reported an error. */
    GAVE_UP_ON_ERROR
  }

  private FastPathOracle() {
  }

  static Outcome check(String yaml) {
    return check(yaml, YamlLimits.DEFAULT);
  }

  static Outcome check(String yaml, YamlLimits limits) {
    List<YamlMap> fast = ComposeYaml.readFast(yaml, "compose.yaml", limits);
    List<YamlMap> slow;
    try {
      slow = ComposeYaml.readWithSnakeYaml(yaml, "compose.yaml", limits);
    } catch (ComposeSyntaxException e) {
      if (fast != null) {
        throw new AssertionError("the fast path read text that snakeyaml-engine rejects (" + e.getMessage()
            + "):\n" + yaml);
      }
      return Outcome.GAVE_UP_ON_ERROR;
    } catch (RuntimeException e) {
      throw new AssertionError("snakeyaml-engine's path let out " + e + " for:\n" + yaml, e);
    }
    if (fast == null) {
      return Outcome.GAVE_UP_ON_VALID;
    }
    String difference = TreeDifference.between(slow, fast);
    if (difference != null) {
      throw new AssertionError("fast and slow paths differ at " + difference + " for:\n" + yaml);
    }
    return Outcome.SAME;
  }
}
