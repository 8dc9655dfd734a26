package dev.phoenix.core.compose.document;

import dev.phoenix.core.compose.internal.yaml.YamlScalars;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a string as a YAML scalar that reads back as that same string, for Docker Compose (YAML
 * 1.2, go-yaml) and for YAML 1.1 readers alike: plain where that is safe, else quoted.
 */
final class ScalarText {
  /** Plain scalars that some reader takes for a number, a time or a port range in base 60. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?\\.?[0-9][0-9a-fA-F_:.xXoObBeE+-]*");
  private static final Set<String> RESERVED = Set.of("", "~", "null", "true", "false", "yes", "no", "on", "off",
      "y", "n", ".inf", "-.inf", "+.inf", ".nan", "=", "<<");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final String FLOW_INDICATORS = ",[]{}";

  private ScalarText() {
  }

  /**
   * {@code value} as a scalar, in {@code preferred} style where the value allows it.
   *
   * @param flow whether the scalar sits inside a flow collection, where {@code ,[]{}} need quotes
   */
  static String render(String value, YamlNode.ScalarStyle preferred, boolean flow) {
    if (preferred == YamlNode.ScalarStyle.SINGLE_QUOTED && printable(value)) {
      return "'" + value.replace("'", "''") + "'";
    }
    if (preferred == YamlNode.ScalarStyle.DOUBLE_QUOTED || !plainSafe(value, flow)) {
      return YamlScalars.quoted(value);
    }
    return value;
  }

  /** True when {@code value} written plain reads back as the same string. */
  static boolean plainSafe(String value, boolean flow) {
    if (RESERVED.contains(value.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(value).matches()) {
      return false;
    }
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (Character.isWhitespace(first) || Character.isWhitespace(last) || last == ':') {
      return false;
    }
    if (INDICATORS.indexOf(first) >= 0) {
      boolean dashLike = first == '-' || first == '?' || first == ':';
      if (!dashLike || value.length() < 2 || Character.isWhitespace(value.charAt(1))
          || (flow && FLOW_INDICATORS.indexOf(value.charAt(1)) >= 0)) {
        return false;
      }
    }
    if (!printable(value)) {
      return false;
    }
    for (int i = 0; flow && i < value.length(); i++) {
      if (FLOW_INDICATORS.indexOf(value.charAt(i)) >= 0) {
        return false;
      }
    }
    return !value.contains(": ") && !value.contains(" #") && !(flow && value.contains(":"));
  }

  /**
   * True when every character may stand in the text as it is, by the serializer's rule
   * ({@link YamlScalars#isPrintable}); a surrogate pair counts as one printable character.
   */
  private static boolean printable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (!YamlScalars.isPrintable(c)) {
        return false;
      }
    }
    return true;
  }
}
