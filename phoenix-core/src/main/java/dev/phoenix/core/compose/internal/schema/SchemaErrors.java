package dev.phoenix.core.compose.internal.schema;

import com.networknt.schema.Error;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the schema library's errors into the one message a Compose user can act on.
 *
 * <p>Compose's schema is full of {@code oneOf} alternatives (short or long syntax), so one bad
 * value yields a cloud of errors: the failed {@code oneOf}, plus a type error per alternative, plus
 * the real problem inside the alternative that almost matched. The rule here: ignore {@code oneOf}
 * itself, take the deepest location, prefer a precise keyword (unknown key, enum, required) to a
 * type mismatch, and merge the type mismatches at one place into "must be a string or a list".
 */
final class SchemaErrors {
  private SchemaErrors() {
  }

  static ComposeValidationException describe(Map<String, Object> tree, List<Error> errors) {
    List<Error> candidates = new ArrayList<>();
    for (Error error : errors) {
      if (!"oneOf".equals(error.getKeyword()) && !"anyOf".equals(error.getKeyword())) {
        candidates.add(error);
      }
    }
    if (candidates.isEmpty()) {
      candidates = errors;
    }
    Error best = candidates.stream()
        .max(Comparator.comparingInt((Error e) -> e.getInstanceLocation().getNameCount())
            .thenComparingInt(e -> "type".equals(e.getKeyword()) ? 0 : 1))
        .orElseThrow();
    List<Object> path = ComposeSchema.pathOf(best);
    String message;
    switch (String.valueOf(best.getKeyword())) {
      case "type" -> message = typeMessage(candidates, best, path, tree);
      case "additionalProperties" -> {
        String key = String.valueOf(best.getArguments()[0]);
        path.add(key);
        message = "unknown key \"" + key + "\": it is not part of the Compose specification"
            + " (extension keys must start with \"x-\")";
      }
      case "enum" -> message = "must be one of " + stripBrackets(String.valueOf(best.getArguments()[0]))
          + ", not " + describeValue(valueAt(tree, path));
      case "required" -> message = "the required key \"" + best.getArguments()[0] + "\" is missing";
      default -> message = best.getMessage();
    }
    return new ComposeValidationException(TreePath.locate(tree, path), TreePath.render(path), message);
  }

  private static String typeMessage(List<Error> candidates, Error best, List<Object> path, Map<String, Object> tree) {
    Set<String> expected = new LinkedHashSet<>();
    for (Error error : candidates) {
      if ("type".equals(error.getKeyword())
          && error.getInstanceLocation().equals(best.getInstanceLocation())) {
        // A single type, or "[number, string]" for a keyword with several.
        for (String type : stripBrackets(String.valueOf(error.getArguments()[1])).split(",\\s*")) {
          expected.add(typeName(type));
        }
      }
    }
    List<String> names = new ArrayList<>(expected);
    String alternatives = names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    return "must be " + alternatives + ", not " + describeValue(valueAt(tree, path));
  }

  private static String typeName(String jsonType) {
    return switch (jsonType) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "string" -> "a string";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "a boolean";
      case "null" -> "null";
      default -> jsonType;
    };
  }

  private static String describeValue(Object value) {
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof String text) {
      return "the string \"" + text + "\"";
    }
    if (value instanceof Boolean bool) {
      return "the boolean " + bool;
    }
    if (value == null) {
      return "null";
    }
    return "the number " + value;
  }

  private static Object valueAt(Object root, List<Object> path) {
    Object current = root;
    for (Object step : path) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(step);
      } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
        current = list.get(index);
      } else {
        return null;
      }
    }
    return current;
  }

  private static String stripBrackets(String text) {
    return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
  }
}
