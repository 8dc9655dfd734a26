package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.Objects;

/**
 * A project after profiles were applied.
 *
 * @param project the project, whose {@code services} now holds the enabled services only
 * @param disabledServices the services left out because none of their profiles is active, by
 *     name; they are still part of the project (not orphans) and are never started
 */
public record ProfileResult(YamlMap project, YamlMap disabledServices) {
  public ProfileResult {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(disabledServices, "disabledServices");
  }
}
