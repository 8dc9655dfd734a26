package dev.phoenix.core.compose.internal.normalize;

import java.util.List;
import java.util.Map;

/**
 * Durations as Compose reads and writes them: parsed like Go's {@code time.ParseDuration} with the
 * extra units {@code d} and {@code w} (the {@code str2duration} library Compose uses), rendered like
 * {@code time.Duration.String()}: {@code 10s}, {@code 1m0s}, {@code 1m30s}, {@code 1.5s},
 * {@code 500ms}.
 */
public final class Durations {
  private static final long NANOSECOND = 1;
  private static final long MICROSECOND = 1000 * NANOSECOND;
  private static final long MILLISECOND = 1000 * MICROSECOND;
  private static final long SECOND = 1000 * MILLISECOND;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final Map<String, Long> UNITS = Map.of(
      "ns", NANOSECOND,
      "us", MICROSECOND,
      "\u00b5s", MICROSECOND,
      "\u03bcs", MICROSECOND,
      "ms", MILLISECOND,
      "s", SECOND,
      "m", MINUTE,
      "h", HOUR,
      "d", 24 * HOUR,
      "w", 168 * HOUR);

  private Durations() {
  }

  /** The canonical text of a duration value found at {@code at}. */
  static String canonical(Object value, At at) {
    if (value instanceof Boolean || value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
      throw at.invalid("invalid duration: found " + GoValues.describe(value));
    }
    try {
      return format(parse(GoValues.sprint(value)));
    } catch (IllegalArgumentException e) {
      throw at.invalid(e.getMessage());
    }
  }

  /**
   * Nanoseconds of a duration text such as {@code 1h30m} or {@code 1.5s}.
   *
   * @throws IllegalArgumentException with Go's message when {@code text} is not a duration or overflows
   */
  public static long parse(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(text);
    }
    long total = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(c == '.' || c >= '0' && c <= '9')) {
        throw invalid(text);
      }
      int start = i;
      long whole = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (whole > Long.MAX_VALUE / 10) {
          throw invalid(text);
        }
        whole = whole * 10 + (s.charAt(i) - '0');
        if (whole < 0) {
          throw invalid(text);
        }
        i++;
      }
      boolean before = i > start;
      long fraction = 0;
      double scale = 1;
      boolean after = false;
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int fractionStart = i;
        boolean overflow = false;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          if (!overflow) {
            if (fraction > Long.MAX_VALUE / 10) {
              overflow = true;
            } else {
              long next = fraction * 10 + (s.charAt(i) - '0');
              if (next < 0) {
                overflow = true;
              } else {
                fraction = next;
                scale *= 10;
              }
            }
          }
          i++;
        }
        after = i > fractionStart;
      }
      if (!before && !after) {
        throw invalid(text);
      }
      int unitStart = i;
      while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
        i++;
      }
      if (unitStart == i) {
        throw new IllegalArgumentException("time: missing unit in duration \"" + text + "\"");
      }
      String unitName = s.substring(unitStart, i);
      Long unit = UNITS.get(unitName);
      if (unit == null) {
        throw new IllegalArgumentException("time: unknown unit \"" + unitName + "\" in duration \"" + text + "\"");
      }
      if (whole > Long.MAX_VALUE / unit) {
        throw invalid(text);
      }
      long amount = whole * unit;
      if (fraction > 0) {
        amount += (long) (fraction * (unit / scale));
        if (amount < 0) {
          throw invalid(text);
        }
      }
      total += amount;
      if (total < 0) {
        throw invalid(text);
      }
    }
    return negative ? -total : total;
  }

  /** {@code time.Duration(nanos).String()}. */
  static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    char[] buffer = new char[32];
    int w = buffer.length;
    boolean negative = nanos < 0;
    long u = negative ? -nanos : nanos;
    if (Long.compareUnsigned(u, SECOND) < 0) {
      int precision;
      w--;
      buffer[w] = 's';
      w--;
      if (u < MICROSECOND) {
        precision = 0;
        buffer[w] = 'n';
      } else if (u < MILLISECOND) {
        precision = 3;
        buffer[w] = '\u00b5';
      } else {
        precision = 6;
        buffer[w] = 'm';
      }
      long[] state = {w, u};
      fraction(buffer, state, precision);
      w = integer(buffer, (int) state[0], state[1]);
    } else {
      w--;
      buffer[w] = 's';
      long[] state = {w, u};
      fraction(buffer, state, 9);
      w = (int) state[0];
      u = state[1];
      w = integer(buffer, w, Long.remainderUnsigned(u, 60));
      u = Long.divideUnsigned(u, 60);
      if (u > 0) {
        w--;
        buffer[w] = 'm';
        w = integer(buffer, w, u % 60);
        u /= 60;
        if (u > 0) {
          w--;
          buffer[w] = 'h';
          w = integer(buffer, w, u);
        }
      }
    }
    if (negative) {
      w--;
      buffer[w] = '-';
    }
    return new String(buffer, w, buffer.length - w);
  }

  /** Writes the fraction digits of {@code state[1]} at {@code precision}, dropping trailing zeros. */
  private static void fraction(char[] buffer, long[] state, int precision) {
    int w = (int) state[0];
    long v = state[1];
    boolean print = false;
    for (int i = 0; i < precision; i++) {
      long digit = Long.remainderUnsigned(v, 10);
      print = print || digit != 0;
      if (print) {
        w--;
        buffer[w] = (char) ('0' + digit);
      }
      v = Long.divideUnsigned(v, 10);
    }
    if (print) {
      w--;
      buffer[w] = '.';
    }
    state[0] = w;
    state[1] = v;
  }

  private static int integer(char[] buffer, int end, long value) {
    int w = end;
    long v = value;
    if (v == 0) {
      w--;
      buffer[w] = '0';
      return w;
    }
    while (v != 0) {
      w--;
      buffer[w] = (char) ('0' + Long.remainderUnsigned(v, 10));
      v = Long.divideUnsigned(v, 10);
    }
    return w;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("time: invalid duration \"" + text + "\"");
  }
}
