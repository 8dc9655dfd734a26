package dev.phoenix.core.compose.internal.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The variables an {@code include}d project is interpolated with, for readers outside the loader (lint). */
public final class IncludeVariables {

  private IncludeVariables() {
  }

  /**
   * The including project's {@code variables}, which win, over those of the entry's
   * {@code envFiles} or else the {@code .env} of {@code projectDirectory}: exactly what the loader uses.
   *
   * @throws dev.phoenix.api.compose.ComposeFileException when an env file is missing or broken
   */
  public static Map<String, String> of(Map<String, String> variables, List<Path> envFiles, Path projectDirectory) {
    return ProjectEnvironment.forInclude(new ProjectEnvironment(Map.copyOf(variables), List.of(), false), envFiles,
        projectDirectory).variables();
  }
}
