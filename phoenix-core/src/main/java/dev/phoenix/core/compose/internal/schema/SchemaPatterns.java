package dev.phoenix.core.compose.internal.schema;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * The regular expressions of the Compose schema, with the one that dominates validation time
 * answered without a regex engine: {@code ^x-}, which the schema checks against every key of 45
 * kinds of mapping to allow extensions. Every other pattern goes to the JDK engine, as before.
 */
final class SchemaPatterns implements RegularExpressionFactory {
  static final SchemaPatterns INSTANCE = new SchemaPatterns();

  private static final String EXTENSION_KEY = "^x-";

  private SchemaPatterns() {
  }

  @Override
  public RegularExpression getRegularExpression(String regex) {
    if (EXTENSION_KEY.equals(regex)) {
      // The validator "finds" the pattern; anchored at the start, that is a prefix test.
      return key -> key.startsWith("x-");
    }
    return JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
  }
}
