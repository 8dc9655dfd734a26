package dev.phoenix.core.compose.internal.yaml;

import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The tags a Compose file may carry: the standard YAML ones go-yaml decodes, and Compose's own
 * {@code !reset} and {@code !override}. Tags arrive from the parser in full
 * ({@code tag:yaml.org,2002:int}) and are shown to people in short form ({@code !!int}).
 */
final class YamlTags {
  static final String STR = Tag.STR.getValue();
  static final String INT = Tag.INT.getValue();
  static final String FLOAT = Tag.FLOAT.getValue();
  static final String BOOL = Tag.BOOL.getValue();
  static final String NULL = Tag.NULL.getValue();
  static final String MAP = Tag.MAP.getValue();
  static final String SEQ = Tag.SEQ.getValue();
  static final String MERGE = Tag.MERGE.getValue();
  static final String RESET = "!reset";
  static final String OVERRIDE = "!override";
  /** The bare {@code !}: go-yaml resolves a plain scalar under it as if it had no tag. */
  static final String NON_SPECIFIC = "!";

  private YamlTags() {
  }

  /** Whether {@code tag} asks for a typed scalar: {@code !!int}, {@code !!float}, {@code !!bool} or {@code !!null}. */
  static boolean isTypedScalar(String tag) {
    return tag.equals(INT) || tag.equals(FLOAT) || tag.equals(BOOL) || tag.equals(NULL);
  }

  /**
   * go-yaml's complaint when the value resolved from {@code text} does not fit the typed tag, or
   * null when it fits (an integer fits {@code !!float}).
   */
  static String misfit(String tag, String text, Object value) {
    boolean fits = tag.equals(INT) ? value instanceof Long
        : tag.equals(FLOAT) ? value instanceof Double || value instanceof Long
        : tag.equals(BOOL) ? value instanceof Boolean
        : value == null;
    return fits ? null : "cannot decode " + kind(value) + " `" + text + "` as a " + shortTag(tag);
  }

  /** {@code !!int} for {@code tag:yaml.org,2002:int}; other tags as written. */
  static String shortTag(String tag) {
    return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
  }

  private static String kind(Object value) {
    return value == null ? "!!null"
        : value instanceof Boolean ? "!!bool"
        : value instanceof Long ? "!!int"
        : value instanceof Double ? "!!float"
        : "!!str";
  }
}
