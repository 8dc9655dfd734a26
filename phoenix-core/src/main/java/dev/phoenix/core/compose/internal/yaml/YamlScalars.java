package dev.phoenix.core.compose.internal.yaml;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how a string is written in YAML: plain when no YAML reader could take it for anything
 * else, otherwise double-quoted (or a literal block for multi-line text). "Anything else" covers
 * YAML 1.2 (snakeyaml-engine, go-yaml) and YAML 1.1 (SnakeYAML, PyYAML): {@code yes}, {@code on},
 * {@code 0440}, {@code 22:22}, {@code 2001-12-14}, {@code ~} all stay strings. Shared by the
 * serializer and the round-trip document's edits, so both quote and escape alike.
 */
public final class YamlScalars {
  /** The words YAML 1.1 or 1.2 reads as null or boolean, and the merge and value keys. */
  private static final Set<String> WORDS = Set.of("~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n",
      "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
      "<<", "=");
  /** YAML 1.1 and 1.2 integers (binary, octal, hex, decimal, base 60) and floats (also base 60, inf, nan). */
  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?(?:0[bB][0-1_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(?::[0-5]?[0-9])+)"
          + "|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
          + "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  /** YAML 1.1 timestamps, which SnakeYAML reads as dates. */
  private static final Pattern TIMESTAMP = Pattern.compile(
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
          + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?");
  /** Characters that cannot start a plain scalar. */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  /** ASCII characters that are fine anywhere inside a plain scalar. */
  private static final boolean[] PLAIN_ASCII = new boolean[128];

  static {
    for (char c = 0x20; c < 0x7f; c++) {
      PLAIN_ASCII[c] = c != ':' && c != '#';
    }
  }

  private YamlScalars() {
  }

  /** Whether {@code text} can be written without quotes and read back as the same string. */
  public static boolean isPlain(String text) {
    int length = text.length();
    if (length == 0 || isSpace(text.charAt(0)) || isSpace(text.charAt(length - 1))) {
      return false;
    }
    char first = text.charAt(0);
    if (INDICATORS.indexOf(first) >= 0
        && !(first == '-' && length > 1 && !isSpace(text.charAt(1)) && !text.startsWith("---"))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80 && PLAIN_ASCII[c]) {
        continue;
      }
      if (c == ':') {
        if (i + 1 == length || isSpace(text.charAt(i + 1))) {
          return false;
        }
      } else if (c == '#') {
        if (isSpace(text.charAt(i - 1))) {
          return false;
        }
      } else if (c < 0x80 || !isPrintable(c)) {
        return false;
      }
    }
    return !text.startsWith("...") && !resolvesToOther(text);
  }

  /** Whether a plain {@code text} would be read as a null, boolean, number, date or merge key. */
  static boolean resolvesToOther(String text) {
    if (WORDS.contains(text)) {
      return true;
    }
    char first = text.charAt(0);
    if (!(first >= '0' && first <= '9' || first == '+' || first == '-' || first == '.')) {
      return false;
    }
    return NUMBER.matcher(text).matches() || first != '+' && first != '-' && first != '.'
        && TIMESTAMP.matcher(text).matches();
  }

  /**
   * Whether multi-line {@code text} can be a literal block ({@code |}): printable, no carriage
   * return, and some line that is not blank (a block of blank lines reads back as nothing).
   */
  public static boolean isLiteral(String text) {
    if (text.indexOf('\n') < 0) {
      return false;
    }
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\t' && !isPrintable(c)) {
        return false;
      }
      content |= c != '\n' && c != ' ';
    }
    return content;
  }

  /** The text in double quotes, with YAML escapes for what is not printable. */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    appendQuoted(out, text);
    return out.toString();
  }

  /** Appends the text in double quotes, with YAML escapes for what is not printable. */
  public static void appendQuoted(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\0' -> out.append("\\0");
        case '\u0007' -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\u000b' -> out.append("\\v");
        case '\f' -> out.append("\\f");
        case '\u001b' -> out.append("\\e");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (isPrintable(c)) {
            out.append(c);
          } else if (c < 0x100) {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * YAML's printable set, without surrogates (a pair is handled by the caller), the BOM, and the
   * characters YAML 1.1 reads as line breaks (NEL, LS, PS).
   */
  public static boolean isPrintable(char c) {
    if (c == 0x2028 || c == 0x2029 || c == 0xfeff) {
      return false;
    }
    return c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c);
  }
}
