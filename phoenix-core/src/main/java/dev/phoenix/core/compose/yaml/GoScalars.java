package dev.phoenix.core.compose.yaml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Renders a decoded scalar the way Go's {@code fmt.Sprint} does, which is how Docker Compose turns
 * non-string values of {@code labels}, {@code environment} and similar maps into strings:
 * {@code 1.0} becomes {@code "1"}, {@code 1e21} becomes {@code "1e+21"}, {@code 0.00001} becomes
 * {@code "1e-05"}.
 */
public final class GoScalars {
  /** Go's shortest {@code %g} switches to an exponent from this decimal exponent upwards. */
  private static final int EXPONENT_FROM = 6;

  private GoScalars() {
  }

  /**
   * The text of a scalar: a String as is; Long (or Integer) in decimal; Double as
   * {@code strconv.FormatFloat(f, 'g', -1, 64)}; Boolean as {@code true}/{@code false}; null as
   * null (Compose then treats the key as unset).
   *
   * @throws IllegalArgumentException for a value that is not one of the scalar types of the tree
   */
  public static String format(Object scalar) {
    if (scalar == null || scalar instanceof String) {
      return (String) scalar;
    }
    if (scalar instanceof Long || scalar instanceof Integer || scalar instanceof Boolean) {
      return scalar.toString();
    }
    if (scalar instanceof Double value) {
      return formatFloat(value);
    }
    throw new IllegalArgumentException("not a scalar: " + scalar.getClass().getSimpleName());
  }

  private static String formatFloat(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    BigDecimal shortest = shortest(value);
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    StringBuilder result = new StringBuilder(24);
    if (value < 0) {
      result.append('-');
    }
    if (exponent < -4 || exponent >= EXPONENT_FROM) {
      result.append(digits.charAt(0));
      if (digits.length() > 1) {
        result.append('.').append(digits, 1, digits.length());
      }
      int magnitude = Math.abs(exponent);
      result.append('e').append(exponent < 0 ? '-' : '+').append(magnitude < 10 ? "0" : "").append(magnitude);
    } else if (exponent < 0) {
      result.append("0.").append("0".repeat(-exponent - 1)).append(digits);
    } else if (exponent + 1 >= digits.length()) {
      result.append(digits).append("0".repeat(exponent + 1 - digits.length()));
    } else {
      result.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
    }
    return result.toString();
  }

  /**
   * The fewest significant digits that read back as {@code value}, rounded from its exact value
   * (Java 17's {@code Double.toString} sometimes gives more digits than needed).
   */
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
