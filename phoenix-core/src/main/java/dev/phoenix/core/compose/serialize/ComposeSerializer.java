package dev.phoenix.core.compose.serialize;

import dev.phoenix.api.compose.ComposeProject;
import java.util.Map;

/**
 * Writes a {@link ComposeProject} back out the way {@code docker compose config} prints it: as the
 * canonical tree, as YAML, or as JSON ({@code --format json}).
 *
 * <p>Keys come in compose-go's marshal order (the Go structs' field order; map keys sorted, the way
 * go-yaml or encoding/json sorts them), empty values are left out as Go's {@code omitempty} does,
 * durations are Go durations ({@code 1m30s}), sizes decimal strings, file modes octal strings. A
 * secret's content is never written. Keys the model did not know and {@code x-*} keys are written
 * too, except that JSON leaves out {@code x-*} keys below the top level, as compose-go does.
 *
 * <pre>{@code
 * String yaml = ComposeSerializer.toYaml(project, true);   // like docker compose config
 * String raw = ComposeSerializer.toYaml(project, false);   // like --no-interpolate
 * }</pre>
 */
public final class ComposeSerializer {
  private ComposeSerializer() {
  }

  /**
   * The canonical tree of {@code project}: plain, mutable {@code LinkedHashMap}s, {@code ArrayList}s
   * and scalars ({@code String}, {@code Long}, {@code Double}, {@code Boolean}, null) in YAML key
   * order. {@code ProjectBinder.bind} reads it back to an equal project.
   */
  public static Map<String, Object> toTree(ComposeProject project) {
    return ProjectTree.project(project, Flavor.YAML);
  }

  /**
   * The project as YAML.
   *
   * @param escapeDollar whether every {@code $} is written {@code $$}, so the output can be loaded
   *     again without interpolating what was already interpolated ({@code docker compose config});
   *     false for uninterpolated output ({@code --no-interpolate})
   */
  public static String toYaml(ComposeProject project, boolean escapeDollar) {
    return YamlWriter.write(toTree(project), escapeDollar);
  }

  /**
   * The project as indented JSON, with encoding/json's quirks: {@code command} and
   * {@code entrypoint} always present (null when not set), {@code ipam}, {@code resources} and
   * {@code placement} always present, no {@code x-*} keys below the top level, top-level keys sorted.
   *
   * @param escapeDollar whether every {@code $} is written {@code $$} (see {@link #toYaml})
   */
  public static String toJson(ComposeProject project, boolean escapeDollar) {
    return JsonWriter.write(ProjectTree.project(project, Flavor.JSON), escapeDollar);
  }
}
