package dev.phoenix.core.compose.internal.tree;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floating-point numbers written as Go writes them, so that what Phoenix prints and hashes matches
 * what Compose prints: the shortest decimal digits that read back as the same double (Go's
 * {@code strconv.FormatFloat(f, 'g', -1, 64)} and its relatives), with the exponent form outside a
 * range that depends on the writer.
 *
 * <p>The digits are searched with {@link BigDecimal} rather than taken from
 * {@link Double#toString(double)}, which on Java 17 is not always the shortest form.
 */
public final class GoFloats {
  private GoFloats() {
  }

  /** {@code fmt.Sprint(f)}: exponent form below 1e-4 and from 1e6 on; {@code NaN}, {@code +Inf}, {@code -Inf}. */
  public static String sprint(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return format(value, -4, 6, true);
  }

  /**
   * The shortest decimal form of a finite {@code value}: plain when
   * {@code minExponent <= exponent < maxExponent}, else {@code d.ddde±X}, the exponent padded to two
   * digits if {@code padExponent} (strconv pads; encoding/json writes {@code 1e-7}).
   */
  public static String format(double value, int minExponent, int maxExponent, boolean padExponent) {
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    BigDecimal shortest = shortest(value);
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    StringBuilder text = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      text.append('-');
    }
    if (exponent < minExponent || exponent >= maxExponent) {
      text.append(digits.charAt(0));
      if (digits.length() > 1) {
        text.append('.').append(digits, 1, digits.length());
      }
      int magnitude = Math.abs(exponent);
      text.append('e').append(exponent < 0 ? '-' : '+');
      if (magnitude < 10 && padExponent) {
        text.append('0');
      }
      return text.append(magnitude).toString();
    }
    if (exponent < 0) {
      return text.append("0.").append("0".repeat(-exponent - 1)).append(digits).toString();
    }
    if (digits.length() <= exponent + 1) {
      return text.append(digits).append("0".repeat(exponent + 1 - digits.length())).toString();
    }
    return text.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length()).toString();
  }

  /** The fewest significant digits that still read back as {@code value}, trailing zeros stripped. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return rounded.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}
