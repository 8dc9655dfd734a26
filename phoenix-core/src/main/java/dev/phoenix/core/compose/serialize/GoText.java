package dev.phoenix.core.compose.serialize;

import dev.phoenix.core.compose.internal.tree.GoFloats;
import java.time.Duration;
import java.util.Comparator;

/**
 * Text forms exactly as Go prints them, so Phoenix's output matches {@code docker compose config}:
 * {@code time.Duration.String()}, {@code strconv.FormatFloat(f, 'g', -1, 64)} (YAML),
 * {@code encoding/json} floats, and the two map key orders (go-yaml's and encoding/json's).
 */
final class GoText {
  /** The key order of go-yaml: letters after other characters, runs of digits compared as numbers. */
  static final Comparator<String> YAML_KEY_ORDER = GoText::compareYamlKeys;

  /** The order of Go's {@code sort.Strings} and encoding/json keys: by UTF-8 bytes, that is by code points. */
  static final Comparator<String> BYTE_ORDER = GoText::compareCodePoints;

  private GoText() {
  }

  /** Go's {@code Duration.String()}: {@code 0s}, {@code 1.5s}, {@code 1m0s}, {@code 1h2m3s}, {@code 500ms}. */
  static String duration(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    if (duration.isNegative()) {
      text.append('-');
      duration = duration.negated();
    }
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    if (seconds == 0) {
      if (nanos < 1_000) {
        return text.append(nanos).append("ns").toString();
      }
      if (nanos < 1_000_000) {
        return fraction(text, nanos, 3).append("\u00b5s").toString();
      }
      return fraction(text, nanos, 6).append("ms").toString();
    }
    long minutes = seconds / 60;
    long hours = minutes / 60;
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes % 60).append('m');
    }
    return fraction(text, (seconds % 60) * 1_000_000_000L + nanos, 9).append('s').toString();
  }

  /** {@code value / 10^digits} with the fraction's trailing zeros dropped. */
  private static StringBuilder fraction(StringBuilder text, long value, int digits) {
    long scale = 1;
    for (int i = 0; i < digits; i++) {
      scale *= 10;
    }
    text.append(value / scale);
    long rest = value % scale;
    if (rest != 0) {
      StringBuilder decimals = new StringBuilder(Long.toString(rest));
      while (decimals.length() < digits) {
        decimals.insert(0, '0');
      }
      int end = decimals.length();
      while (decimals.charAt(end - 1) == '0') {
        end--;
      }
      text.append('.').append(decimals, 0, end);
    }
    return text;
  }

  /** go-yaml's float form: shortest digits, exponent form below 1e-4 and from 1e6 on. */
  static String yamlFloat(double value) {
    if (Double.isNaN(value)) {
      return ".nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? ".inf" : "-.inf";
    }
    return GoFloats.format(value, -4, 6, true);
  }

  /** encoding/json's float form: exponent form below 1e-6 and from 1e21 on. */
  static String jsonFloat(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON cannot represent " + value);
    }
    return GoFloats.format(value, -6, 21, false);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int compareYamlKeys(String left, String right) {
    if (left.equals(right)) {
      return 0;
    }
    return yamlLess(left.codePoints().toArray(), right.codePoints().toArray()) ? -1
        : yamlLess(right.codePoints().toArray(), left.codePoints().toArray()) ? 1 : 0;
  }

  /** go-yaml's {@code keyList.Less} for two string keys. */
  private static boolean yamlLess(int[] a, int[] b) {
    boolean digits = false;
    for (int i = 0; i < a.length && i < b.length; i++) {
      if (a[i] == b[i]) {
        digits = Character.isDigit(a[i]);
        continue;
      }
      boolean aLetter = Character.isLetter(a[i]);
      boolean bLetter = Character.isLetter(b[i]);
      if (aLetter && bLetter) {
        return a[i] < b[i];
      }
      if (aLetter || bLetter) {
        return digits ? aLetter : bLetter;
      }
      long aNumber = 0;
      long bNumber = 0;
      if (a[i] == '0' || b[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(a[j]); j--) {
          if (a[j] != '0') {
            aNumber = 1;
            bNumber = 1;
            break;
          }
        }
      }
      int aEnd = i;
      while (aEnd < a.length && Character.isDigit(a[aEnd])) {
        aNumber = aNumber * 10 + (a[aEnd] - '0');
        aEnd++;
      }
      int bEnd = i;
      while (bEnd < b.length && Character.isDigit(b[bEnd])) {
        bNumber = bNumber * 10 + (b[bEnd] - '0');
        bEnd++;
      }
      if (aNumber != bNumber) {
        return aNumber < bNumber;
      }
      if (aEnd != bEnd) {
        return aEnd < bEnd;
      }
      return a[i] < b[i];
    }
    return a.length < b.length;
  }
}
