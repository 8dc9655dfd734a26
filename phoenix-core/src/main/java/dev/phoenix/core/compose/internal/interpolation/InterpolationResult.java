package dev.phoenix.core.compose.internal.interpolation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Interpolator#interpolate} gives back.
 *
 * @param tree the interpolated tree; unchanged subtrees are the input's own objects
 * @param warnings in document order, each {@code file:line:column: yaml.path: message} (the
 *     location when known): unset variables ({@code The "X" variable is not set. Defaulting to a
 *     blank string.}) and YAML 1.1 booleans ({@code "yes" for boolean is not supported by YAML
 *     1.2, please use `true`})
 */
public record InterpolationResult(Map<String, Object> tree, List<String> warnings) {

  public InterpolationResult {
    Objects.requireNonNull(tree, "tree");
    warnings = List.copyOf(warnings);
  }
}
