package dev.phoenix.core.compose.internal.interpolation;

import dev.phoenix.api.compose.InterpolationException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Substitutes {@code $VAR} and {@code ${VAR...}} in one string, exactly as Docker Compose does
 * (compose-go {@code template.Substitute}).
 *
 * <ul>
 *   <li>{@code $VAR}, {@code ${VAR}}: the value; an unset variable gives {@code ""} and a warning.
 *   <li>{@code ${VAR:-d}} / {@code ${VAR-d}}: {@code d} when unset or empty / only when unset.
 *   <li>{@code ${VAR:?msg}} / {@code ${VAR?msg}}: an error when unset or empty / only when unset.
 *   <li>{@code ${VAR:+alt}} / {@code ${VAR+alt}}: {@code alt} when set and not empty / when set.
 *   <li>Defaults, alternatives and messages may hold templates themselves; only the branch taken
 *       is substituted.
 *   <li>{@code $$} is a literal {@code $}; any other {@code $} not followed by a name or a brace
 *       stays as written. A <code>${</code> that does not form one of the shapes above is an error.
 * </ul>
 *
 * <p>Names match {@code [_a-z][_a-z0-9]*} ignoring case; the lookup is exact.
 *
 * <pre>{@code
 * String image = Template.substitute("nginx:${TAG:-latest}", env::get);
 * }</pre>
 */
public final class Template {
  private Template() {
  }

  /**
   * Substitutes the variables of {@code template}.
   *
   * @param lookup the value of a variable, or null when it is not set
   * @throws InterpolationException for an invalid template or a missing required variable; the
   *     exception carries neither location nor path, callers add theirs
   */
  public static String substitute(String template, Function<String, String> lookup) {
    return substitute(template, lookup, null);
  }

  /**
   * Substitutes the variables of {@code template}, reporting each unset variable that was
   * actually evaluated as {@code The "X" variable is not set. Defaulting to a blank string.}
   *
   * @param lookup the value of a variable, or null when it is not set
   * @param warnings receives the warnings; null to drop them
   * @throws InterpolationException for an invalid template or a missing required variable
   */
  public static String substitute(String template, Function<String, String> lookup, Consumer<String> warnings) {
    if (template.indexOf('$') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    new Scan(template, lookup, warnings).run(out);
    return out.toString();
  }

  /** One pass over one template string; nested branches get a scan of their own. */
  private static final class Scan {
    private final String text;
    private final Function<String, String> lookup;
    private final Consumer<String> warnings;

    Scan(String text, Function<String, String> lookup, Consumer<String> warnings) {
      this.text = text;
      this.lookup = lookup;
      this.warnings = warnings;
    }

    void run(StringBuilder out) {
      int length = text.length();
      int i = 0;
      while (i < length) {
        int dollar = text.indexOf('$', i);
        if (dollar < 0 || dollar == length - 1) {
          out.append(text, i, length);
          return;
        }
        out.append(text, i, dollar);
        char next = text.charAt(dollar + 1);
        if (next == '$') {
          out.append('$');
          i = dollar + 2;
        } else if (isNameStart(next)) {
          int end = nameEnd(dollar + 1);
          out.append(plain(text.substring(dollar + 1, end)));
          i = end;
        } else if (next == '{') {
          i = braced(dollar, out);
        } else {
          out.append('$');
          i = dollar + 1;
        }
      }
    }

    /** Substitutes the {@code ${...}} starting at {@code dollar}; returns where scanning resumes. */
    private int braced(int dollar, StringBuilder out) {
      int nameStart = dollar + 2;
      if (nameStart >= text.length() || !isNameStart(text.charAt(nameStart))) {
        throw invalid();
      }
      int nameEnd = nameEnd(nameStart);
      String name = text.substring(nameStart, nameEnd);
      if (nameEnd < text.length() && text.charAt(nameEnd) == '}') {
        out.append(plain(name));
        return nameEnd + 1;
      }
      boolean colon = nameEnd < text.length() && text.charAt(nameEnd) == ':';
      int opIndex = colon ? nameEnd + 1 : nameEnd;
      char op = opIndex < text.length() ? text.charAt(opIndex) : 0;
      if (op != '-' && op != '+' && op != '?') {
        throw invalid();
      }
      int argStart = opIndex + 1;
      int end = expressionEnd(dollar, argStart);
      out.append(apply(name, colon, op, text.substring(argStart, end)));
      return end + 1;
    }

    /**
     * Where the expression that starts at {@code dollar} closes. Compose matches the greedy
     * <code>(.*)}</code> first (the last brace of the line), then shortens the match to the first
     * balanced brace, counting every <code>&#123;</code> and skipping the character after it; when no
     * brace balances, the whole greedy match is the expression.
     */
    private int expressionEnd(int dollar, int argStart) {
      int lineEnd = text.indexOf('\n', argStart);
      int lastBrace = text.lastIndexOf('}', (lineEnd < 0 ? text.length() : lineEnd) - 1);
      if (lastBrace < argStart) {
        throw invalid();
      }
      int depth = 0;
      for (int p = dollar; p <= lastBrace; p++) {
        char c = text.charAt(p);
        if (c == '}' && --depth == 0) {
          return p;
        }
        if (c == '{') {
          depth++;
          p++;
        }
      }
      return lastBrace;
    }

    private String apply(String name, boolean colon, char op, String argument) {
      String value = lookup.apply(name);
      boolean present = value != null && !(colon && value.isEmpty());
      switch (op) {
        case '-':
          return present ? value : nested(argument);
        case '+':
          return present ? nested(argument) : (value == null ? "" : value);
        default:
          if (!present) {
            String reason = nested(argument);
            throw new InterpolationException(null, null, reason.isEmpty()
                ? "required variable " + name + " is missing a value"
                : "required variable " + name + " is missing a value: " + reason);
          }
          return value;
      }
    }

    private String nested(String argument) {
      if (argument.indexOf('$') < 0) {
        return argument;
      }
      StringBuilder out = new StringBuilder(argument.length() + 16);
      new Scan(argument, lookup, warnings).run(out);
      return out.toString();
    }

    private String plain(String name) {
      String value = lookup.apply(name);
      if (value != null) {
        return value;
      }
      if (warnings != null) {
        warnings.accept("The \"" + name + "\" variable is not set. Defaulting to a blank string.");
      }
      return "";
    }

    private int nameEnd(int start) {
      int end = start + 1;
      while (end < text.length() && isNamePart(text.charAt(end))) {
        end++;
      }
      return end;
    }

    private InterpolationException invalid() {
      return new InterpolationException(null, null,
          "Invalid template: " + GoQuote.quote(text) + " (write $$ for a literal $)");
    }
  }

  /**
   * Compose matches names with a case-insensitive {@code [_a-z]}, and Go's case folding also
   * admits the Kelvin sign and the long s there.
   */
  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\u212A' || c == '\u017F';
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
