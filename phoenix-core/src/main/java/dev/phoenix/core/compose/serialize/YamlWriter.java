package dev.phoenix.core.compose.serialize;

import dev.phoenix.core.compose.internal.yaml.YamlScalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree as block-style YAML the way {@code docker compose config} does: two-space
 * indentation, sequences indented under their key, {@code {}} and {@code []} for empty
 * collections, multi-line text as literal blocks, quotes only where a reader could misread a string.
 */
final class YamlWriter {
  private final StringBuilder out = new StringBuilder(8192);
  private final boolean escapeDollar;

  private YamlWriter(boolean escapeDollar) {
    this.escapeDollar = escapeDollar;
  }

  /** The document for {@code tree}; with {@code escapeDollar} every {@code $} is written {@code $$}. */
  static String write(Map<String, Object> tree, boolean escapeDollar) {
    YamlWriter writer = new YamlWriter(escapeDollar);
    if (tree.isEmpty()) {
      return "{}\n";
    }
    writer.mapping(tree, 0, false);
    return writer.out.toString();
  }

  private void mapping(Map<?, ?> map, int indent, boolean inline) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(first && inline)) {
        indent(indent);
      }
      first = false;
      key(String.valueOf(entry.getKey()));
      out.append(':');
      value(entry.getValue(), indent);
    }
  }

  private void sequence(List<?> list, int indent, boolean inline) {
    boolean first = true;
    for (Object item : list) {
      if (!(first && inline)) {
        indent(indent);
      }
      first = false;
      out.append('-');
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        out.append(' ');
        mapping(map, indent + 2, true);
      } else if (item instanceof List<?> nested && !nested.isEmpty()) {
        out.append(' ');
        sequence(nested, indent + 2, true);
      } else {
        value(item, indent);
      }
    }
  }

  /** A value after {@code key:} or {@code -} at {@code indent}, through the end of its last line. */
  private void value(Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        mapping(map, indent + 2, false);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        sequence(list, indent + 2, false);
      }
    } else if (value instanceof String text) {
      string(escape(text), indent);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private void key(String key) {
    String text = escape(key);
    if (YamlScalars.isPlain(text)) {
      out.append(text);
    } else {
      YamlScalars.appendQuoted(out, text);
    }
  }

  private void string(String text, int indent) {
    out.append(' ');
    if (YamlScalars.isPlain(text)) {
      out.append(text).append('\n');
    } else if (YamlScalars.isLiteral(text)) {
      literal(text, indent + 2);
    } else {
      YamlScalars.appendQuoted(out, text);
      out.append('\n');
    }
  }

  /**
   * A literal block: {@code |} keeps one final line break, {@code |-} none, {@code |+} all of them.
   * An explicit indentation is given when the first line with content starts with a space, as the
   * reader would otherwise take that space for indentation.
   */
  private void literal(String text, int contentIndent) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    int trailingBreaks = text.length() - end;
    out.append('|');
    int firstContent = 0;
    while (firstContent < text.length() && text.charAt(firstContent) == '\n') {
      firstContent++;
    }
    if (firstContent < text.length() && text.charAt(firstContent) == ' ') {
      out.append('2');
    }
    out.append(trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+").append('\n');
    String body = trailingBreaks > 1 ? text.substring(0, text.length() - 1) : text.substring(0, end);
    int start = 0;
    while (start <= body.length()) {
      int lineEnd = body.indexOf('\n', start);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      if (lineEnd > start) {
        indent(contentIndent);
        out.append(body, start, lineEnd);
      }
      out.append('\n');
      start = lineEnd + 1;
    }
  }

  private static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Double || value instanceof Float) {
      return GoText.yamlFloat(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal decimal) {
      return GoText.yamlFloat(decimal.doubleValue());
    }
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a YAML value: " + value.getClass().getName());
  }

  private String escape(String text) {
    return escapeDollar && text.indexOf('$') >= 0 ? text.replace("$", "$$") : text;
  }

  private void indent(int indent) {
    for (int i = 0; i < indent; i++) {
      out.append(' ');
    }
  }
}
