package dev.phoenix.core.compose.document;

/**
 * The text facts an edit needs to follow a file's style: its line break, its indentation step,
 * where sequences put their dashes, and line arithmetic on char indices.
 */
final class Layout {
  private final String text;
  final String newline;
  final int step;
  final int sequenceOffset;

  Layout(String text, YamlNode root) {
    this.text = text;
    int lf = text.indexOf('\n');
    this.newline = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    int found = root == null ? -1 : step(root);
    this.step = found > 0 ? found : 2;
    int offset = root == null ? -1 : sequenceOffset(root);
    this.sequenceOffset = offset >= 0 ? offset : step;
  }

  /** The first char of the line that holds {@code index}. */
  int lineStart(int index) {
    return text.lastIndexOf('\n', index - 1) + 1;
  }

  /** The column (in chars) of {@code index} on its line. */
  int column(int index) {
    return index - lineStart(index);
  }

  /** True when only spaces stand between the start of the line and {@code index}. */
  boolean firstOnLine(int index) {
    return text.substring(lineStart(index), index).isBlank();
  }

  /**
   * The index just past the line break of the line where a node ending at {@code end} ends (its
   * trailing comment included), or the end of the text on a last line without a break.
   */
  int afterLine(int end) {
    if (end > 0 && text.charAt(end - 1) == '\n') {
      return end;
    }
    int lf = text.indexOf('\n', end);
    return lf < 0 ? text.length() : lf + 1;
  }

  /** The index of the line break (its {@code \r} if CRLF) of the line holding {@code end}. */
  int lineBreak(int end) {
    int lf = text.indexOf('\n', end);
    if (lf < 0) {
      return text.length();
    }
    return lf > 0 && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
  }

  /** The index of the dash that introduces the block sequence item starting at {@code itemStart}. */
  int dashBefore(int itemStart) {
    int i = itemStart - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
        || text.charAt(i) == '\r')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '-' ? i : -1;
  }

  /** The index just past the colon that follows a block or flow mapping key ending at {@code keyEnd}. */
  int afterColon(int keyEnd) {
    int colon = text.indexOf(':', keyEnd);
    return colon < 0 ? keyEnd : colon + 1;
  }

  static String spaces(int count) {
    return " ".repeat(Math.max(0, count));
  }

  /** The indentation of the first block mapping nested in another, relative to its parent. */
  private int step(YamlNode node) {
    if (node.isMapping() && !node.isFlow()) {
      int parent = column(node.keyNodes().get(0).start());
      for (YamlNode child : node.items()) {
        if (child.isMapping() && !child.isFlow() && child.size() > 0) {
          int nested = column(child.keyNodes().get(0).start());
          if (nested > parent && !firstOnLineAfterDash(child)) {
            return nested - parent;
          }
        }
      }
    }
    for (YamlNode child : node.items()) {
      int found = step(child);
      if (found > 0) {
        return found;
      }
    }
    return -1;
  }

  private boolean firstOnLineAfterDash(YamlNode mapping) {
    return !firstOnLine(mapping.keyNodes().get(0).start());
  }

  /** How far right of its key the first block sequence under a block mapping key puts its dashes. */
  private int sequenceOffset(YamlNode node) {
    if (node.isMapping() && !node.isFlow()) {
      for (int i = 0; i < node.size(); i++) {
        YamlNode child = node.items().get(i);
        YamlNode key = node.keyNodes().get(i);
        if (child.isSequence() && !child.isFlow() && child.size() > 0 && firstOnLine(key.start())) {
          int dash = dashBefore(child.items().get(0).start());
          if (dash >= 0 && firstOnLine(dash)) {
            return column(dash) - column(key.start());
          }
        }
      }
    }
    for (YamlNode child : node.items()) {
      int found = sequenceOffset(child);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }
}
