package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import java.nio.file.Path;
import java.util.Map;

/** Loads test projects from YAML text, with an empty process environment. */
public final class Projects {
  private Projects() {
  }

  /** The project {@code yaml} describes, with {@code directory} as its project directory. */
  public static ComposeProject load(Path directory, String yaml) {
    return ComposeLoader.builder()
        .content("compose.yaml", yaml)
        .workingDirectory(directory)
        .environment(Map.of())
        .onWarning(warning -> { })
        .load();
  }

  /** The project {@code yaml} describes, with the given profiles active. */
  public static ComposeProject load(Path directory, String yaml, String... profiles) {
    ComposeLoader.Builder builder = ComposeLoader.builder()
        .content("compose.yaml", yaml)
        .workingDirectory(directory)
        .environment(Map.of())
        .onWarning(warning -> { });
    for (String profile : profiles) {
      builder.profile(profile);
    }
    return builder.load();
  }
}
