package dev.phoenix.core.engine.internal.hash;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a plain tree (maps, lists, strings, numbers, booleans, null) as canonical JSON: mapping
 * keys sorted by {@link String#compareTo} (UTF-16 code units), no whitespace, every number in one
 * form ({@code BigDecimal} plain text without trailing zeros, so {@code 1}, {@code 1.0} and
 * {@code 1L} are all {@code 1}), strings escaped only where JSON requires it. The same tree gives
 * the same bytes on every JVM, whatever order its maps iterate in.
 */
final class CanonicalJson {
  private CanonicalJson() {
  }

  /** The canonical text of {@code value}. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (value instanceof Number number) {
      number(number, out);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      // the serializer's trees hold nothing else; a new type must get a canonical form first
      throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    List<String> keys = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      keys.add((String) key);
    }
    keys.sort(null);
    out.append('{');
    boolean first = true;
    for (String key : keys) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(key, out);
      out.append(':');
      write(map.get(key), out);
    }
    out.append('}');
  }

  private static void number(Number number, StringBuilder out) {
    if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
      out.append(number.longValue());
      return;
    }
    double value = number.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      // JSON has no such numbers; a string keeps them distinct and stable
      string(Double.toString(value), out);
      return;
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    out.append(decimal.signum() == 0 ? "0" : decimal.toPlainString());
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads back a flat object of strings as {@link #write} writes it ({@code {"a":"x","b":"y"}}),
   * whitespace allowed between tokens; null for anything else, so a foreign label is never an error.
   */
  static Map<String, String> readFlatObject(String text) {
    FlatReader reader = new FlatReader(text);
    try {
      return reader.object();
    } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
      return null;
    }
  }

  /** A small strict reader: labels are short, and a JSON library's start-up costs a CLI more than it saves. */
  private static final class FlatReader {
    private final String text;
    private int at;

    FlatReader(String text) {
      this.text = text;
    }

    Map<String, String> object() {
      Map<String, String> fields = new java.util.TreeMap<>();
      expect('{');
      if (peek() == '}') {
        at++;
      } else {
        while (true) {
          String key = string();
          expect(':');
          fields.put(key, string());
          char next = next();
          if (next == '}') {
            break;
          }
          if (next != ',') {
            throw new IllegalArgumentException("expected , or }");
          }
        }
      }
      skipSpace();
      if (at != text.length()) {
        throw new IllegalArgumentException("text after the object");
      }
      return fields;
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case '"', '\\', '/' -> value.append(escaped);
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'u' -> {
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw new IllegalArgumentException("bad escape");
        }
      }
    }

    private void expect(char wanted) {
      if (next() != wanted) {
        throw new IllegalArgumentException("expected " + wanted);
      }
    }

    private char next() {
      skipSpace();
      return text.charAt(at++);
    }

    private char peek() {
      skipSpace();
      return text.charAt(at);
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
