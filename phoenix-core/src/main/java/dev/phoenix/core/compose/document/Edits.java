package dev.phoenix.core.compose.document;

import dev.phoenix.api.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the text of one edit of a document: finds the nodes a path names, and splices the
 * fewest characters it can, in the indentation, line break and quoting the file already uses.
 */
final class Edits {
  private final String text;
  private final String fileName;
  private final YamlNode root;
  private final Layout layout;

  /** One step of a path: the node reached, under {@code key} of a mapping or at {@code index} of a sequence. */
  record Step(YamlNode parent, YamlNode key, int index, YamlNode node) {
  }

  Edits(String text, String fileName, YamlNode root) {
    this.text = text;
    this.fileName = fileName;
    this.root = root;
    this.layout = new Layout(text, root);
  }

  /** The text with the scalar at {@code path} set to {@code value}, creating the key and mappings above it. */
  String set(List<String> path, NewValue.Scalar value) {
    List<Step> steps = resolve(path);
    checkAnchors(steps, path);
    if (steps.size() == path.size()) {
      Step last = steps.get(steps.size() - 1);
      if (!last.node().isScalar()) {
        throw refused(last.node(), path, "is a " + kind(last.node()) + ", not a scalar");
      }
      return replaceScalar(last, value);
    }
    List<String> missing = path.subList(steps.size(), path.size());
    return insertKey(steps, path, missing.get(0), NewValue.nest(missing.subList(1, missing.size()), value));
  }

  /** The text with {@code item} appended to the sequence at {@code path}, creating it if absent. */
  String add(List<String> path, NewValue.Scalar item) {
    List<Step> steps = resolve(path);
    checkAnchors(steps, path);
    if (steps.size() < path.size()) {
      List<String> missing = path.subList(steps.size(), path.size());
      NewValue value = NewValue.nest(missing.subList(1, missing.size()), new NewValue.Sequence(item));
      return insertKey(steps, path, missing.get(0), value);
    }
    Step last = steps.get(steps.size() - 1);
    YamlNode sequence = last.node();
    if (isNull(sequence)) {
      return fillNull(last, path, new NewValue.Sequence(item));
    }
    if (!sequence.isSequence()) {
      throw refused(sequence, path, "is a " + kind(sequence) + ", not a sequence");
    }
    if (sequence.isFlow()) {
      return insertFlow(sequence, item.render(YamlNode.ScalarStyle.PLAIN, true));
    }
    YamlNode first = sequence.items().get(0);
    int dash = layout.dashBefore(first.start());
    if (dash < 0 || !layout.firstOnLine(dash)) {
      throw refused(sequence, path, "is a sequence nested on its parent's line; add its items by hand");
    }
    String gap = text.substring(dash + 1, first.start());
    if (gap.contains("\n")) {
      gap = " ";
    }
    YamlNode.ScalarStyle style = first.isScalar() ? first.style().orElseThrow() : YamlNode.ScalarStyle.PLAIN;
    if (style == YamlNode.ScalarStyle.LITERAL || style == YamlNode.ScalarStyle.FOLDED) {
      style = YamlNode.ScalarStyle.PLAIN;
    }
    String line = Layout.spaces(layout.column(dash)) + "-" + gap + item.render(style, false) + layout.newline;
    return insertLines(layout.afterLine(sequence.end()), line);
  }

  /** The text without the mapping entry or sequence item at {@code path}. */
  String remove(List<String> path) {
    List<Step> steps = resolve(path);
    if (steps.size() < path.size() || path.isEmpty()) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), dotted(path), "no such key or item");
    }
    checkAnchors(steps, path);
    Step last = steps.get(steps.size() - 1);
    YamlNode parent = last.parent();
    List<YamlNode> starts = parent.isMapping() ? parent.keyNodes() : parent.items();
    int i = last.index();
    int start = starts.get(i).start();
    int end = last.node().end();
    if (parent.isFlow()) {
      if (i > 0) {
        return splice(parent.items().get(i - 1).end(), end, "");
      }
      return parent.size() > 1 ? splice(start, starts.get(1).start(), "") : splice(start, end, "");
    }
    if (parent.size() == 1) {
      return emptyCollection(steps.subList(0, steps.size() - 1), path, parent.isMapping() ? "{}" : "[]");
    }
    int lead = parent.isMapping() ? start : layout.dashBefore(start);
    if (lead >= 0 && layout.firstOnLine(lead)) {
      return deleteLines(layout.lineStart(lead), layout.afterLine(Math.max(end, start)));
    }
    if (parent.isMapping() && i == 0) {
      return splice(start, starts.get(1).start(), "");
    }
    throw refused(last.node(), path, "shares its line with its parent; remove it by hand");
  }

  /** The nodes {@code path} reaches, as far as they exist. */
  List<Step> resolve(List<String> path) {
    List<Step> steps = new ArrayList<>();
    YamlNode node = root;
    for (String segment : path) {
      if (node == null || isNull(node)) {
        break;
      }
      if (node.kind() == YamlNode.Kind.ALIAS) {
        throw refused(node, path, "is an alias (*" + node.value().orElse("") + "); edit the anchored node instead");
      }
      if (node.isMapping()) {
        int index = node.indexOf(segment);
        if (index < 0) {
          break;
        }
        steps.add(new Step(node, node.keyNodes().get(index), index, node.items().get(index)));
      } else if (node.isSequence()) {
        int index = index(segment, node.size());
        if (index < 0) {
          throw refused(node, path, "has no item " + segment + " (it has " + node.size() + ")");
        }
        steps.add(new Step(node, null, index, node.items().get(index)));
      } else {
        throw refused(node, path, "is a scalar, so it has no key " + segment);
      }
      node = steps.get(steps.size() - 1).node();
    }
    return steps;
  }

  private String replaceScalar(Step step, NewValue.Scalar value) {
    YamlNode node = step.node();
    boolean flow = step.parent().isFlow();
    YamlNode.ScalarStyle style = node.style().orElseThrow();
    if (style == YamlNode.ScalarStyle.LITERAL || style == YamlNode.ScalarStyle.FOLDED) {
      style = YamlNode.ScalarStyle.PLAIN;
    }
    String rendered = value.render(style, flow);
    if (node.start() == node.end()) {
      int after = step.key() != null ? layout.afterColon(step.key().end()) : layout.dashBefore(node.start()) + 1;
      return splice(after, after, " " + rendered);
    }
    int end = node.end();
    while (end > node.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return splice(node.start(), end, rendered);
  }

  private String insertKey(List<Step> steps, List<String> path, String key, NewValue value) {
    YamlNode container = steps.isEmpty() ? root : steps.get(steps.size() - 1).node();
    if (container == null) {
      String head = text.isEmpty() || text.endsWith("\n") ? "" : layout.newline;
      return text + head + NewValue.blockEntry(key, value, 0, layout);
    }
    if (isNull(container) && !steps.isEmpty()) {
      return fillNull(steps.get(steps.size() - 1), path, new NewValue.Mapping(key, value));
    }
    if (!container.isMapping()) {
      throw refused(container, path, "is a " + kind(container) + ", not a mapping, so it cannot hold " + key);
    }
    if (container.indexOf("<<") >= 0 && !(value instanceof NewValue.Scalar)) {
      throw refused(container, path, "takes keys from a merge (<<), and a new " + key
          + " here would hide the merged one; add it where the merged mapping is defined");
    }
    if (container.isFlow()) {
      return insertFlow(container, NewValue.key(key, true) + ": " + NewValue.flow(value));
    }
    int indent = layout.column(container.keyNodes().get(0).start());
    return insertLines(layout.afterLine(container.end()), NewValue.blockEntry(key, value, indent, layout));
  }

  /** Gives an empty value ({@code key:} or {@code key: ~}) its first content, on the lines below. */
  private String fillNull(Step step, List<String> path, NewValue value) {
    if (step.key() == null || step.parent().isFlow()) {
      throw refused(step.node(), path, "is empty and not the value of a block mapping key");
    }
    String lines = NewValue.block(value, layout.column(step.key().start()), layout);
    YamlNode node = step.node();
    String cleared = node.start() == node.end() ? text
        : text.substring(0, node.start()) + text.substring(node.end());
    int at = new Layout(cleared, null).afterLine(step.key().end());
    String head = at == cleared.length() && !cleared.endsWith("\n") ? layout.newline : "";
    String withLines = cleared.substring(0, at) + head + lines + cleared.substring(at);
    if (head.isEmpty() || !withLines.endsWith(layout.newline)) {
      return withLines;
    }
    return withLines.substring(0, withLines.length() - layout.newline.length());
  }

  private String insertFlow(YamlNode collection, String entry) {
    if (collection.size() == 0) {
      return splice(collection.end() - 1, collection.end() - 1, entry);
    }
    int end = collection.items().get(collection.size() - 1).end();
    return splice(end, end, ", " + entry);
  }

  /** Inserts whole lines at a line start; at the end of a text with no final line break, keeps it so. */
  private String insertLines(int at, String lines) {
    if (at == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
      String body = lines.substring(0, lines.length() - layout.newline.length());
      return text + layout.newline + body;
    }
    return splice(at, at, lines);
  }

  private String deleteLines(int from, int to) {
    if (to == text.length() && !text.endsWith("\n") && from > 0) {
      int lineBreak = text.charAt(from - 1) == '\n' && from > 1 && text.charAt(from - 2) == '\r' ? 2 : 1;
      return splice(from - lineBreak, to, "");
    }
    return splice(from, to, "");
  }

  private String emptyCollection(List<Step> steps, List<String> path, String empty) {
    Step holder = steps.isEmpty() ? null : steps.get(steps.size() - 1);
    if (holder == null || holder.key() == null) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), dotted(path),
          "removing the only entry would leave its parent empty where no key names it");
    }
    int from = layout.afterColon(holder.key().end());
    return splice(from, layout.lineBreak(holder.node().end()), " " + empty);
  }

  private void checkAnchors(List<Step> steps, List<String> path) {
    Set<String> aliased = new HashSet<>();
    collectAliases(root, aliased);
    if (aliased.isEmpty()) {
      return;
    }
    List<YamlNode> chain = new ArrayList<>();
    chain.add(root);
    steps.forEach(step -> chain.add(step.node()));
    for (YamlNode node : chain) {
      if (node != null && node.anchor().filter(aliased::contains).isPresent()) {
        String anchor = node.anchor().orElseThrow();
        throw refused(node, path, "is inside the anchored node &" + anchor + ", which *" + anchor
            + " reuses elsewhere; an edit here would change every alias too");
      }
    }
  }

  private static void collectAliases(YamlNode node, Set<String> names) {
    if (node == null) {
      return;
    }
    if (node.kind() == YamlNode.Kind.ALIAS) {
      names.add(node.value().orElse(""));
    }
    node.keyNodes().forEach(key -> collectAliases(key, names));
    node.items().forEach(child -> collectAliases(child, names));
  }

  private String splice(int from, int to, String replacement) {
    return text.substring(0, from) + replacement + text.substring(to);
  }

  private ComposeEditException refused(YamlNode node, List<String> path, String detail) {
    return new ComposeEditException(node.location(), dotted(path), "the node at " + node.location() + " " + detail);
  }

  static boolean isNull(YamlNode node) {
    return node.isScalar() && node.style().orElseThrow() == YamlNode.ScalarStyle.PLAIN
        && Set.of("", "~", "null", "Null", "NULL").contains(node.value().orElse(""));
  }

  private static int index(String segment, int size) {
    if (!segment.matches("[0-9]{1,9}")) {
      return -1;
    }
    int index = Integer.parseInt(segment);
    return index < size ? index : -1;
  }

  private static String kind(YamlNode node) {
    return node.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  static String dotted(List<String> path) {
    return String.join(".", path);
  }
}
