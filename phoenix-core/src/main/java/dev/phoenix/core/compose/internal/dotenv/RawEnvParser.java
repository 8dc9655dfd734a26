package dev.phoenix.core.compose.internal.dotenv;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * The {@code env_file} {@code format: raw} syntax, which is {@code docker run --env-file}'s
 * (docker/cli {@code pkg/kvfile}, registered as "raw" by the docker compose CLI): one
 * {@code KEY=value} per line, leading space dropped, {@code #} lines skipped, the value kept
 * byte for byte (trailing space included) except that one pair of matching surrounding quotes is
 * removed. No escapes, no interpolation, no multi-line values. A line without {@code =} takes the
 * environment's value, or is left out.
 */
final class RawEnvParser {
  private RawEnvParser() {
  }

  static LinkedHashMap<String, String> parse(String text, String fileName, Function<String, String> lookup) {
    LinkedHashMap<String, String> values = new LinkedHashMap<>();
    int lineNumber = 0;
    int start = 0;
    while (start < text.length()) {
      lineNumber++;
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int next = newline < 0 ? text.length() : newline + 1;
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      String line = GoText.trimLeft(text.substring(start, end));
      start = next;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int equals = line.indexOf('=');
      String key = equals < 0 ? line : line.substring(0, equals);
      if (key.isEmpty()) {
        throw error(fileName, lineNumber, "no variable name on line '" + line + "'");
      }
      if (key.indexOf(' ') >= 0 || key.indexOf('\t') >= 0) {
        throw error(fileName, lineNumber, "variable '" + key + "' contains whitespaces");
      }
      if (equals >= 0) {
        values.put(key, trimQuotes(line.substring(equals + 1)));
      } else {
        String inherited = lookup.apply(key);
        if (inherited != null) {
          values.put(key, trimQuotes(inherited));
        }
      }
    }
    return values;
  }

  private static String trimQuotes(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      if ((first == '\'' || first == '"') && value.charAt(value.length() - 1) == first) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }

  private static ComposeSyntaxException error(String fileName, int line, String detail) {
    return new ComposeSyntaxException(new SourceLocation(fileName, line, 1), null, detail);
  }
}
