package dev.phoenix.core.compose.internal.dotenv;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.interpolation.Template;
import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * One parse of a {@code .env} / {@code env_file} text in Compose's own syntax (compose-go
 * {@code dotenv/parser.go}). The text is read statement by statement, not line by line: quoted
 * values span lines, and whatever follows a closing quote on its line is read as the start of
 * the next statement, as Compose reads it (so {@code A="x" # note} is fine).
 */
final class DotEnvParser {
  private final String text;
  private final String fileName;
  private final Function<String, String> lookup;
  private final Function<String, String> expansionLookup;
  private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

  DotEnvParser(String text, String fileName, Function<String, String> lookup) {
    this.text = text;
    this.fileName = fileName;
    this.lookup = lookup;
    // Inside values the process environment wins over what the file set earlier.
    this.expansionLookup = name -> {
      String value = lookup.apply(name);
      return value != null ? value : values.get(name);
    };
  }

  LinkedHashMap<String, String> parse() {
    int position = statementStart(0);
    while (position >= 0) {
      position = statementStart(statement(position));
    }
    return values;
  }

  /** Skips blanks, line breaks and comment lines; -1 at the end of the text. */
  private int statementStart(int from) {
    int position = from;
    while (true) {
      while (position < text.length() && GoText.isSpace(text.charAt(position))) {
        position++;
      }
      if (position >= text.length()) {
        return -1;
      }
      if (text.charAt(position) != '#') {
        return position;
      }
      position = text.indexOf('\n', position);
      if (position < 0) {
        return -1;
      }
    }
  }

  /** Reads one {@code KEY=value} or bare {@code KEY} statement; returns where the next may start. */
  private int statement(int start) {
    int keyStart = start;
    if (text.startsWith("export", start) && start + 6 < text.length()
        && GoText.isRegexSpace(text.charAt(start + 6))) {
      keyStart = skipBlanks(start + 6);
    }
    int end = keyStart;
    char terminator = 0;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (c == '=' || c == ':' || c == '\n') {
        terminator = (char) c;
        break;
      }
      if (!GoText.isBlank(c) && !GoText.isKeyCodePoint(c)) {
        throw syntaxError(end, "unexpected character " + GoText.quote(Character.toString(c))
            + " in variable name " + GoText.quote(firstLine(keyStart)));
      }
      end += Character.charCount(c);
    }
    String key = GoText.trimRight(text.substring(keyStart, end));
    if (key.indexOf(' ') >= 0) {
      throw syntaxError(keyStart, "key cannot contain a space");
    }
    if (terminator == 0 || terminator == '\n') {
      // A bare key takes the environment's value, or is left out. Compose-go reads a bare key on
      // the very last line (no line break after it) as the value of an empty key instead; that
      // accident is not reproduced.
      String inherited = lookup.apply(key);
      if (inherited != null) {
        values.put(key, inherited);
      }
      return end + 1;
    }
    int valueStart = skipBlanks(end + 1);
    if (valueStart < text.length() && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
      return quoted(key, valueStart);
    }
    return unquoted(key, valueStart);
  }

  /** To the end of the line; {@code " #"} starts a comment; trailing blanks dropped. */
  private int unquoted(String key, int start) {
    int lineEnd = text.indexOf('\n', start);
    String value = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
    int comment = value.indexOf(" #");
    if (comment >= 0) {
      value = value.substring(0, comment);
    }
    values.put(key, expand(key, GoText.trimRight(value), start));
    return lineEnd < 0 ? text.length() : lineEnd + 1;
  }

  /**
   * Up to the matching quote, which a backslash escapes; other backslashes stay for the escape
   * pass. Double-quoted values then get their escapes expanded and are interpolated; single-quoted
   * ones are literal.
   */
  private int quoted(String key, int quoteAt) {
    char quote = text.charAt(quoteAt);
    StringBuilder raw = new StringBuilder();
    boolean escaped = false;
    for (int i = quoteAt + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escaped) {
        escaped = false;
        if (c != quote) {
          raw.append('\\');
        }
        raw.append(c);
      } else if (c == '\\') {
        escaped = true;
      } else if (c == quote) {
        String value = raw.toString();
        values.put(key, quote == '"' ? expand(key, expandEscapes(value), quoteAt) : value);
        return i + 1;
      } else {
        raw.append(c);
      }
    }
    throw syntaxError(quoteAt, "unterminated quoted value " + firstLine(quoteAt));
  }

  /**
   * Expands {@code \a \b \f \n \r \t \v \\ \"} and octal {@code \0NNN}; {@code \$} becomes
   * {@code $$} so that interpolation leaves a literal {@code $}. Anything else ({@code \x},
   * &#92;u, a malformed octal) keeps its backslash, as in Compose.
   */
  static String expandEscapes(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 == value.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = value.charAt(i + 1);
      String replacement = switch (next) {
        case 'a' -> "\u0007";
        case 'b' -> "\b";
        case 'f' -> "\f";
        case 'n' -> "\n";
        case 'r' -> "\r";
        case 't' -> "\t";
        case 'v' -> "\u000b";
        case '\\' -> "\\";
        case '"' -> "\"";
        case '$' -> "$$";
        default -> null;
      };
      if (replacement != null) {
        out.append(replacement);
        i += 2;
      } else if (next == '0') {
        i = octal(value, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * {@code \0} and up to three digits: exactly three octal digits worth at most 255 give that
   * character; otherwise Compose writes the digits back without the {@code 0}.
   */
  private static int octal(String value, int backslash, StringBuilder out) {
    int digitsStart = backslash + 2;
    int end = digitsStart;
    while (end < value.length() && end - digitsStart < 3 && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
      end++;
    }
    String digits = value.substring(digitsStart, end);
    int code = digits.length() == 3 && digits.chars().allMatch(d -> d <= '7') ? Integer.parseInt(digits, 8) : -1;
    if (code >= 0 && code <= 255) {
      out.append((char) code);
    } else {
      out.append('\\').append(digits);
    }
    return end;
  }

  private String expand(String key, String value, int offset) {
    try {
      return Template.substitute(value, expansionLookup);
    } catch (InterpolationException e) {
      throw new InterpolationException(locationOf(offset), key, e.detail(), e);
    }
  }

  private int skipBlanks(int from) {
    int position = from;
    while (position < text.length() && GoText.isBlank(text.charAt(position))) {
      position++;
    }
    return position;
  }

  private String firstLine(int from) {
    int end = text.indexOf('\n', from);
    return text.substring(from, end < 0 ? text.length() : end);
  }

  private ComposeSyntaxException syntaxError(int offset, String detail) {
    return new ComposeSyntaxException(locationOf(offset), null, detail);
  }

  private SourceLocation locationOf(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return new SourceLocation(fileName, line, text.codePointCount(lineStart, offset) + 1);
  }
}
