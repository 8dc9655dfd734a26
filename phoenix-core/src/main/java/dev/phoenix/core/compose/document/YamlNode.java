package dev.phoenix.core.compose.document;

import dev.phoenix.api.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One node of a {@link ComposeDocument}: a mapping, a sequence, a scalar or an alias, with the
 * place and style it has in the file. A node is an immutable snapshot of one version of the text;
 * after an edit, navigate the new document again.
 */
public final class YamlNode {

  /** What a node is. */
  public enum Kind { MAPPING, SEQUENCE, SCALAR, ALIAS }

  /** How a scalar is written. */
  public enum ScalarStyle { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

  private final Kind kind;
  private final boolean flow;
  private final ScalarStyle style;
  private final String value;
  private final String anchor;
  private final SourceLocation location;
  private final int start;
  private final int end;
  private final List<YamlNode> keys;
  private final List<YamlNode> children;

  YamlNode(Kind kind, boolean flow, ScalarStyle style, String value, String anchor, SourceLocation location,
      int start, int end, List<YamlNode> keys, List<YamlNode> children) {
    this.kind = kind;
    this.flow = flow;
    this.style = style;
    this.value = value;
    this.anchor = anchor;
    this.location = location;
    this.start = start;
    this.end = end;
    this.keys = Collections.unmodifiableList(new ArrayList<>(keys));
    this.children = Collections.unmodifiableList(new ArrayList<>(children));
  }

  /** Whether this is a mapping, a sequence, a scalar or an alias. */
  public Kind kind() {
    return kind;
  }

  /** True for a flow mapping ({@code {a: 1}}) or flow sequence ({@code [a, b]}). */
  public boolean isFlow() {
    return flow;
  }

  /** The scalar's style; empty for other kinds. */
  public Optional<ScalarStyle> style() {
    return Optional.ofNullable(style);
  }

  /** The scalar's value as YAML reads it (quotes and escapes resolved), or the alias's anchor name. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The anchor this node defines ({@code &name}), if any. */
  public Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  /** Where the node starts in the file. */
  public SourceLocation location() {
    return location;
  }

  /** The keys of a mapping, in file order; empty for other kinds. */
  public List<String> keys() {
    List<String> names = new ArrayList<>(keys.size());
    for (YamlNode key : keys) {
      names.add(key.value == null ? "" : key.value);
    }
    return names;
  }

  /** The value under {@code key} of a mapping; empty when absent or this is not a mapping. */
  public Optional<YamlNode> get(String key) {
    int index = indexOf(key);
    return index < 0 ? Optional.empty() : Optional.of(children.get(index));
  }

  /** The items of a sequence, or the values of a mapping, in file order. */
  public List<YamlNode> items() {
    return children;
  }

  /** The number of entries of a mapping or items of a sequence; 0 for a scalar. */
  public int size() {
    return children.size();
  }

  /** True for a mapping. */
  public boolean isMapping() {
    return kind == Kind.MAPPING;
  }

  /** True for a sequence. */
  public boolean isSequence() {
    return kind == Kind.SEQUENCE;
  }

  /** True for a scalar. */
  public boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  @Override
  public String toString() {
    return kind + (value == null ? "" : " " + value) + " at " + location;
  }

  int indexOf(String key) {
    if (kind != Kind.MAPPING) {
      return -1;
    }
    for (int i = 0; i < keys.size(); i++) {
      if (key.equals(keys.get(i).value)) {
        return i;
      }
    }
    return -1;
  }

  List<YamlNode> keyNodes() {
    return keys;
  }

  /** The first character of the node, its anchor or tag included, as a char index into the text. */
  int start() {
    return start;
  }

  /** One past the last character of the node's own text (for a block collection, its last child's). */
  int end() {
    return end;
  }
}
