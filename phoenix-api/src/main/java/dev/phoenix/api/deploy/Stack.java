package dev.phoenix.api.deploy;

import dev.phoenix.api.compose.ComposeProject;
import java.util.Objects;

/**
 * What gets deployed: a loaded Compose project, under the project's name.
 *
 * <pre>{@code
 * Stack shop = Stack.of(ComposeLoader.builder().workingDirectory(Path.of("shop")).load());
 * }</pre>
 *
 * @param project the typed, normalized project
 */
public record Stack(ComposeProject project) {

  /** Checks that there is a project. */
  public Stack {
    Objects.requireNonNull(project, "project");
  }

  /** The stack for {@code project}. */
  public static Stack of(ComposeProject project) {
    return new Stack(project);
  }

  /** The stack's name: the Compose project name, which names every resource it owns. */
  public String name() {
    return project.name();
  }
}
