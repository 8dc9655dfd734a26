package dev.phoenix.core.compose.internal.yaml;

import dev.phoenix.core.compose.internal.tree.GoFloats;


/**
 * Renders a decoded scalar the way Go's {@code fmt.Sprint} does, which is how Docker Compose turns
 * non-string values of {@code labels}, {@code environment} and similar maps into strings:
 * {@code 1.0} becomes {@code "1"}, {@code 1e21} becomes {@code "1e+21"}, {@code 0.00001} becomes
 * {@code "1e-05"}.
 */
public final class GoScalars {
  /** Go's shortest {@code %g} switches to an exponent from this decimal exponent upwards. */
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
      return GoFloats.sprint(value);
    }
    throw new IllegalArgumentException("not a scalar: " + scalar.getClass().getSimpleName());
  }
}
