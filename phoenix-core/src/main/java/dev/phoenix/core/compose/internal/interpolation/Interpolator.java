package dev.phoenix.core.compose.internal.interpolation;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Interpolates one Compose file's raw tree: every string value goes through {@link Template}
 * (keys never do), then strings at typed paths ({@code services.*.ports[].target},
 * {@code services.*.deploy.replicas}, {@code services.*.tty}, {@code networks.*.external}...)
 * become {@code Long}, {@code Double} or {@code Boolean}, as compose-go's loader does. Every
 * string at such a path is cast, whether or not it held a variable.
 *
 * <p>The input is never modified. Containers are copied on write: a map or list whose content
 * changes is replaced by a copy (a {@link YamlMap} / {@link YamlList} copy keeps the locations
 * and the {@code !override} flag of the original), and everything unchanged is shared with the
 * input. So a subtree shared through a YAML alias is interpolated once per place it appears,
 * as Compose does.
 */
public final class Interpolator {
  private Interpolator() {
  }

  /**
   * Interpolates {@code tree}.
   *
   * @param lookup the value of a variable, or null when it is not set
   * @throws InterpolationException for an invalid template or a missing required variable,
   *     naming the location and YAML path of the value, e.g.
   *     {@code compose.yaml:12:14: services.db.environment.PASSWORD: required variable
   *     DB_PASSWORD is missing a value: set it in .env}
   * @throws ComposeValidationException for a string at a typed path that is not a valid number
   *     or boolean
   */
  public static InterpolationResult interpolate(Map<String, Object> tree, Function<String, String> lookup) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(lookup, "lookup");
    Walk walk = new Walk(tree, lookup);
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) walk.map(tree, TypeCasts.START);
    return new InterpolationResult(result, walk.warnings);
  }

  /** One traversal: the path so far, and the warnings met. */
  private static final class Walk {
    private final Object root;
    private final Function<String, String> lookup;
    private final List<Object> path = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    Walk(Object root, Function<String, String> lookup) {
      this.root = root;
      this.lookup = lookup;
    }

    private Object value(Object value, TypeCasts.Node[] casts) {
      if (value instanceof String text) {
        return string(text, casts);
      }
      if (value instanceof Map<?, ?> map) {
        return map(map, casts);
      }
      if (value instanceof List<?> list) {
        return list(list, casts);
      }
      return value;
    }

    private Object map(Map<?, ?> map, TypeCasts.Node[] casts) {
      Map<Object, Object> copy = null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object key = entry.getKey();
        String name = String.valueOf(key);
        Object before = entry.getValue();
        path.add(name);
        Object after = value(before, TypeCasts.step(casts, name));
        path.remove(path.size() - 1);
        if (after != before) {
          if (copy == null) {
            copy = copyOf(map);
          }
          copy.put(key, after);
        }
      }
      return copy != null ? copy : map;
    }

    private Object list(List<?> list, TypeCasts.Node[] casts) {
      TypeCasts.Node[] itemCasts = TypeCasts.step(casts, TypeCasts.LIST_ITEM);
      List<Object> copy = null;
      int index = 0;
      for (Object before : list) {
        path.add(index);
        Object after = value(before, itemCasts);
        path.remove(path.size() - 1);
        if (after != before) {
          if (copy == null) {
            copy = copyOf(list);
          }
          copy.set(index, after);
        }
        index++;
      }
      return copy != null ? copy : list;
    }

    private Object string(String text, TypeCasts.Node[] casts) {
      String substituted;
      try {
        substituted = Template.substitute(text, lookup, this::warn);
      } catch (InterpolationException e) {
        throw new InterpolationException(location(), TreePath.render(path), e.detail(), e);
      }
      if (substituted != text && substituted.equals(text)) {
        substituted = text;
      }
      TypeCasts.Kind kind = casts.length == 0 ? null : TypeCasts.kindAt(casts);
      if (kind == null) {
        return substituted;
      }
      Object cast = TypeCasts.cast(kind, substituted, this::warn);
      if (cast == null) {
        throw new ComposeValidationException(location(), TreePath.render(path),
            "failed to cast to expected type: " + GoQuote.quote(substituted) + " is not " + kind.noun);
      }
      return cast;
    }

    private void warn(String message) {
      SourceLocation location = location();
      String where = TreePath.render(path);
      warnings.add((location != null ? location + ": " : "") + (where.isEmpty() ? "" : where + ": ") + message);
    }

    private SourceLocation location() {
      return TreePath.locate(root, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> copyOf(Map<?, ?> map) {
      if (map instanceof YamlMap yaml) {
        YamlMap copy = new YamlMap(yaml.location()).override(yaml.isOverride());
        copy.copyLocationsFrom(yaml);
        copy.putAll(yaml);
        return (Map<Object, Object>) (Map<?, ?>) copy;
      }
      return new LinkedHashMap<>(map);
    }

    private static List<Object> copyOf(List<?> list) {
      if (list instanceof YamlList yaml) {
        YamlList copy = new YamlList(yaml.location()).override(yaml.isOverride());
        for (int i = 0; i < yaml.size(); i++) {
          copy.add(yaml.get(i), yaml.locationOf(i));
        }
        return copy;
      }
      return new ArrayList<>(list);
    }
  }
}
