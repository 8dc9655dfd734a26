package dev.phoenix.core.compose.serialize;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree as Go's {@code json.MarshalIndent(v, "", "  ")} does: two-space indentation,
 * {@code "key": value}, and Go's escaping ({@code <}, {@code >} and {@code &} as {@code \u003c},
 * {@code \u003e}, {@code \u0026}).
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(16384);
  private final boolean escapeDollar;

  private JsonWriter(boolean escapeDollar) {
    this.escapeDollar = escapeDollar;
  }

  /** The document for {@code tree}, ending with a line break; with {@code escapeDollar} every {@code $} is {@code $$}. */
  static String write(Object tree, boolean escapeDollar) {
    JsonWriter writer = new JsonWriter(escapeDollar);
    writer.value(tree, 0);
    return writer.out.append('\n').toString();
  }

  private void value(Object value, int level) {
    if (value instanceof Map<?, ?> map) {
      object(map, level);
    } else if (value instanceof List<?> list) {
      array(list, level);
    } else if (value instanceof String text) {
      string(text);
    } else if (value == null) {
      out.append("null");
    } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      out.append(GoText.jsonFloat(((Number) value).doubleValue()));
    } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map, int level) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      indent(level + 1);
      string(String.valueOf(entry.getKey()));
      out.append(": ");
      value(entry.getValue(), level + 1);
      out.append(entries.hasNext() ? ",\n" : "\n");
    }
    indent(level);
    out.append('}');
  }

  private void array(List<?> list, int level) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(level + 1);
      value(list.get(i), level + 1);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(level);
    out.append(']');
  }

  private void string(String text) {
    out.append('"');
    int plainFrom = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '$') {
        continue;
      }
      out.append(text, plainFrom, i);
      plainFrom = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '$' -> out.append(escapeDollar ? "$$" : "$");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
            out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
            plainFrom = i + 1;
          } else if (Character.isSurrogate(c)) {
            // Go replaces invalid UTF-8 by U+FFFD; a lone surrogate is Java's equivalent
            out.append("\\ufffd");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append(text, plainFrom, text.length()).append('"');
  }

  private void indent(int level) {
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }
}
