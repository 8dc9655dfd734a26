package dev.phoenix.core.compose.document;

import java.util.List;

/**
 * What an edit writes: a scalar, or a chain of new mapping keys or a new sequence around one, to be
 * rendered in the style of the place it goes.
 */
sealed interface NewValue {

  /** A string (quoted as needed) or, when {@code literal}, a plain token such as {@code true} or {@code 8080}. */
  record Scalar(String value, boolean literal) implements NewValue {
    String render(YamlNode.ScalarStyle preferred, boolean flow) {
      return literal ? value : ScalarText.render(value, preferred, flow);
    }
  }

  /** A new mapping holding one key. */
  record Mapping(String key, NewValue value) implements NewValue {
  }

  /** A new sequence holding one item. */
  record Sequence(Scalar item) implements NewValue {
  }

  /** {@code leaf} nested under new mappings named by {@code keys}, outermost first. */
  static NewValue nest(List<String> keys, NewValue leaf) {
    NewValue value = leaf;
    for (int i = keys.size() - 1; i >= 0; i--) {
      value = new Mapping(keys.get(i), value);
    }
    return value;
  }

  /** The value in flow style: {@code {a: {b: c}}}, {@code [x]}, or the scalar. */
  static String flow(NewValue value) {
    if (value instanceof Scalar scalar) {
      return scalar.render(YamlNode.ScalarStyle.PLAIN, true);
    }
    if (value instanceof Mapping mapping) {
      return "{" + key(mapping.key(), true) + ": " + flow(mapping.value()) + "}";
    }
    return "[" + ((Sequence) value).item().render(YamlNode.ScalarStyle.PLAIN, true) + "]";
  }

  /**
   * The lines of {@code key: value} in block style at {@code indent}, each ended by {@code newline}.
   */
  static String blockEntry(String key, NewValue value, int indent, Layout layout) {
    String head = Layout.spaces(indent) + key(key, false) + ":";
    if (value instanceof Scalar scalar) {
      return head + " " + scalar.render(YamlNode.ScalarStyle.PLAIN, false) + layout.newline;
    }
    return head + layout.newline + block(value, indent, layout);
  }

  /** The lines of a new collection that is the value of a key at {@code keyIndent}. */
  static String block(NewValue value, int keyIndent, Layout layout) {
    if (value instanceof Mapping mapping) {
      return blockEntry(mapping.key(), mapping.value(), keyIndent + layout.step, layout);
    }
    Scalar item = ((Sequence) value).item();
    return Layout.spaces(keyIndent + layout.sequenceOffset) + "- " + item.render(YamlNode.ScalarStyle.PLAIN, false)
        + layout.newline;
  }

  static String key(String key, boolean flow) {
    return ScalarText.render(key, YamlNode.ScalarStyle.PLAIN, flow);
  }
}
